package fr.escalade.process;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessElements.TASK_DRAFT_ANSWER;
import static fr.escalade.process.ProcessElements.TASK_REVIEW_COMPLAINT;
import static fr.escalade.process.ProcessVariables.QUALIFICATION;
import static fr.escalade.process.ProcessVariables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.correspondence.LetterDelivery;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every task form lists the letters already written for its complaint, and where their sending stands. */
@EscaladeSpringTest
class CorrespondenceSoFarTests {

  @Autowired ComplaintIntake intake;
  @Autowired TaskService tasks;
  @Autowired LetterDelivery delivery;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 0);

  @Test
  void aTaskListsTheLettersWrittenBeforeItAndClaimingItTellsWhichLeft() {
    Complaint complaint =
        intake.register(aComplaint().of("almena").byEmail().sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    Task qualification = task(complaint, null);
    assertThat(lettersOf(qualification)).isEqualTo(CorrespondenceSoFar.NONE);

    tasks.complete(qualification.getId(), Map.of(QUALIFICATION, "COMPLAINT"));
    tasks.complete(task(complaint, TASK_REVIEW_COMPLAINT).getId(), Map.of(REVIEW_DECISION, "ACKNOWLEDGE"));
    Task draft = task(complaint, TASK_DRAFT_ANSWER);
    assertThat(lettersOf(draft)).isEqualTo("Accusé de réception — écrit le 02/03/2026, en attente d'envoi par e-mail");

    clock.setParisTime(2026, 3, 3, 9, 0);
    delivery.leave(complaint.getReference());
    tasks.claim(draft.getId(), "marc");

    assertThat(lettersOf(draft)).isEqualTo("Accusé de réception — envoyé par e-mail le 03/03/2026");
  }

  @Test
  void aLetterByPostSaysSoAndStaffNoticesAreLeftOut() {
    Complaint complaint =
        intake.register(
            aComplaint().of("almena").byPost().from("Paul Girard", null, "3 rue des Lilas\n75011 Paris")
                .sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    tasks.complete(task(complaint, null).getId(), Map.of(QUALIFICATION, "COMPLAINT"));
    tasks.complete(task(complaint, TASK_REVIEW_COMPLAINT).getId(), Map.of(REVIEW_DECISION, "ACKNOWLEDGE"));

    assertThat(lettersOf(task(complaint, TASK_DRAFT_ANSWER)))
        .isEqualTo("Accusé de réception — écrit le 02/03/2026, en attente d'envoi par courrier");
    clock.setParisTime(2026, 3, 4, 9, 0);
    delivery.leave(complaint.getReference());
    Task draft = task(complaint, TASK_DRAFT_ANSWER);
    tasks.claim(draft.getId(), "marc");
    assertThat(lettersOf(draft)).isEqualTo("Accusé de réception — envoyé par courrier le 04/03/2026");
  }

  private String lettersOf(Task task) {
    return (String) tasks.getVariableLocal(task.getId(), CorrespondenceSoFar.VARIABLE);
  }

  private Task task(Complaint complaint, String definitionKey) {
    var query = tasks.createTaskQuery().processInstanceBusinessKey(complaint.getReference());
    return (definitionKey == null ? query : query.taskDefinitionKey(definitionKey)).singleResult();
  }
}
