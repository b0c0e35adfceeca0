package fr.escalade.process.answer;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessElements.TASK_APPROVE_ANSWER;
import static fr.escalade.process.ProcessElements.TASK_DRAFT_ANSWER;
import static fr.escalade.process.ProcessElements.TASK_REVIEW_COMPLAINT;
import static fr.escalade.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.process.LongTextVariables;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approval task tells the supervisor why approval is required and shows the answer letter as
 * the client will receive it, written by the letter code but neither saved nor sent.
 */
@EscaladeSpringTest
class ApprovalContextTests {

  @Autowired ComplaintIntake intake;
  @Autowired TaskService tasks;
  @Autowired LetterRepository letters;
  @Autowired AnswerSteps steps;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 0);

  @Test
  void anUnfavourableAnswerShowsItsRuleAndAPreviewOfTheLetterThatNothingSaves() {
    Complaint complaint = answerReadyForApproval("Hélène Martin", "UNFAVOURABLE", 0, "PREMIUMS");
    Task approval = task(complaint, TASK_APPROVE_ANSWER);

    assertThat(tasks.getVariableLocal(approval.getId(), ApprovalContext.APPROVAL_REASON))
        .isEqualTo("Toute réponse défavorable est relue par un superviseur.");
    String preview = (String) tasks.getVariableLocal(approval.getId(), ApprovalContext.ANSWER_PREVIEW);
    assertThat(preview)
        .startsWith("À : helene.martin@example.fr (par e-mail)\nObjet : Réponse à votre réclamation " + complaint.getReference())
        .contains("La cotisation est conforme au contrat, article 4.", "La Médiation de l'Assurance");
    assertThat(types(complaint)).as("the preview is neither recorded nor sent").doesNotContain(LetterType.ANSWER);
  }

  @Test
  void aHighStakeAnswerSaysSoAndAPostalLetterShowsTheAddressItGoesTo() {
    Complaint complaint =
        intake.register(
            aComplaint().of("almena").from("Paul Girard", null, "3 rue des Lilas\n75011 Paris")
                .sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    draft(complaint, "FAVOURABLE", 15000, "CLAIM_HANDLING");
    Task approval = task(complaint, TASK_APPROVE_ANSWER);

    assertThat(tasks.getVariableLocal(approval.getId(), ApprovalContext.APPROVAL_REASON))
        .isEqualTo("Un enjeu de 10 000 € ou plus, quel que soit le sens de la réponse.");
    assertThat((String) tasks.getVariableLocal(approval.getId(), ApprovalContext.ANSWER_PREVIEW))
        .startsWith("À : Paul Girard, 3 rue des Lilas, 75011 Paris (par courrier postal)")
        .contains("Paul Girard", "La cotisation est conforme au contrat, article 4.");
  }

  @Test
  void theApprovedAnswerIsTheLetterThePreviewShowed() {
    Complaint complaint = answerReadyForApproval("Hélène Martin", "PARTLY_FAVOURABLE", 2500, "CLAIM_HANDLING");
    Task approval = task(complaint, TASK_APPROVE_ANSWER);
    assertThat(tasks.getVariableLocal(approval.getId(), ApprovalContext.APPROVAL_REASON))
        .isEqualTo("Une réponse partiellement favorable engageant 1 000 € ou plus.");
    String preview = (String) tasks.getVariableLocal(approval.getId(), ApprovalContext.ANSWER_PREVIEW);

    tasks.complete(approval.getId(), Map.of(APPROVAL_DECISION, "APPROVE"));

    Letter answer =
        letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream()
            .filter(letter -> letter.getType() == LetterType.ANSWER)
            .findFirst()
            .orElseThrow();
    assertThat(preview).isEqualTo(ApprovalContext.preview(answer));
  }

  @Test
  void aVeryLongLetterIsCutToWhatATaskVariableHolds() {
    Complaint complaint = answerReadyForApproval("Hélène Martin", "UNFAVOURABLE", 0, "PREMIUMS");

    String preview = ApprovalContext.preview(steps.previewAnswer(complaint.getReference(), "x".repeat(LongTextVariables.MAX_LENGTH)));

    assertThat(preview).hasSize(ApprovalContext.MAX_LENGTH).endsWith("caractères.").contains("Aperçu tronqué");
  }

  private Complaint answerReadyForApproval(String name, String outcome, double amount, String category) {
    Complaint complaint =
        intake.register(
            aComplaint().of("almena").from(name, "helene.martin@example.fr", null)
                .sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    draft(complaint, outcome, amount, category);
    return complaint;
  }

  private void draft(Complaint complaint, String outcome, double amount, String category) {
    tasks.complete(task(complaint, null).getId(), Map.of(QUALIFICATION, "COMPLAINT"));
    tasks.complete(task(complaint, TASK_REVIEW_COMPLAINT).getId(), Map.of(REVIEW_DECISION, "ANSWER_AT_ONCE"));
    Map<String, Object> answer = new HashMap<>();
    answer.put(ANSWER_STATUS, "READY");
    answer.put(OUTCOME, outcome);
    answer.put(CATEGORY, category);
    answer.put(AMOUNT_AT_STAKE, amount);
    answer.put(ANSWER_TEXT, "La cotisation est conforme au contrat, article 4.");
    tasks.complete(task(complaint, TASK_DRAFT_ANSWER).getId(), answer);
  }

  private Task task(Complaint complaint, String definitionKey) {
    var query = tasks.createTaskQuery().processInstanceBusinessKey(complaint.getReference());
    return (definitionKey == null ? query : query.taskDefinitionKey(definitionKey)).singleResult();
  }

  private List<LetterType> types(Complaint complaint) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream().map(Letter::getType).toList();
  }
}
