package fr.escalade.process.deadline;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessElements.TIMER_ANSWER_DUE;
import static fr.escalade.process.ProcessElements.TIMER_ANSWER_REMINDER;
import static fr.escalade.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deadline on a Sunday or a holiday stays the legal date in the register, while letters, forms and
 * staff notices show the last working day before it, the date the firm aims for.
 */
@EscaladeSpringTest
class DeadlineTargetTests {

  @Autowired ProcessEngine engine;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired LetterRepository letters;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  // 31 March 2026 + 2 months = Sunday 31 May 2026: the firm aims for Saturday 30 May (a jour ouvrable)
  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 31, 10, 0);

  @BeforeEach
  void assertOnThisEngine() {
    AbstractAssertions.init(engine);
  }

  private Complaint registerSentOnTheThirtyFirstOfMarch() {
    return intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 31)).build());
  }

  private ProcessInstance processOf(Complaint complaint) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(complaint.getReference()).singleResult();
  }

  private void completeTask(Complaint complaint, Map<String, Object> variables) {
    String task = tasks.createTaskQuery().processInstanceBusinessKey(complaint.getReference()).singleResult().getId();
    tasks.complete(task, variables);
  }

  private Letter letter(Complaint complaint, LetterType type) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream()
        .filter(letter -> letter.getType() == type)
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  private static Date at(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }

  @Test
  void theRegisterKeepsTheLegalDateAndTheFormsShowTheDateAimedFor() {
    Complaint complaint = registerSentOnTheThirtyFirstOfMarch();

    Complaint registered = register.get(complaint.getReference());
    assertThat(registered.getAnswerDueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
    Map<String, Object> variables = runtime.getVariables(processOf(complaint).getId());
    assertThat(variables)
        .containsEntry(ANSWER_DUE_ON, "31/05/2026")
        .containsEntry(ANSWER_TARGET_ON, "30/05/2026")
        .containsEntry(ANSWER_TARGET_AT, at("2026-05-31T00:00+02:00"))
        .containsEntry(ANSWER_DUE_AT, at("2026-06-01T00:00+02:00"))
        // counted in jours ouvrables, the acknowledgement deadline is always a working day
        .containsEntry(ACKNOWLEDGEMENT_DUE_ON, "13/04/2026")
        .containsEntry(ACKNOWLEDGEMENT_TARGET_ON, "13/04/2026")
        .containsEntry(ACKNOWLEDGEMENT_TARGET_AT, at("2026-04-14T00:00+02:00"));
  }

  @Test
  void theAcknowledgementPromisesTheAnswerByTheWorkingDayBeforeASundayDeadline() {
    Complaint complaint = registerSentOnTheThirtyFirstOfMarch();
    completeTask(complaint, Map.of(QUALIFICATION, "COMPLAINT"));
    completeTask(complaint, Map.of(REVIEW_DECISION, "ACKNOWLEDGE"));

    assertThat(letter(complaint, LetterType.ACKNOWLEDGEMENT).getBody())
        .contains("une réponse motivée au plus tard le 30 mai 2026")
        .doesNotContain("31 mai 2026");
    assertThat(register.get(complaint.getReference()).getAnswerDueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
  }

  @Test
  void remindersAndEscalationsShowTheDateAimedForAndTheLegalDate() {
    Complaint complaint = registerSentOnTheThirtyFirstOfMarch();
    ProcessInstance instance = processOf(complaint);
    BpmnAwareTests.assertThat(instance).isActive();

    execute(job(TIMER_ANSWER_REMINDER));
    Letter reminder = letter(complaint, LetterType.REMINDER);
    assertThat(reminder.getSubject()).endsWith("le 30 mai 2026");
    assertThat(reminder.getBody())
        .contains("Réponse motivée à envoyer au plus tard le 30 mai 2026 (échéance légale : 31 mai 2026).");

    execute(job(TIMER_ANSWER_DUE));
    assertThat(letter(complaint, LetterType.ESCALATION).getBody())
        .contains("Réponse motivée à envoyer au plus tard le 30 mai 2026 (échéance légale : 31 mai 2026).");
    BpmnAwareTests.assertThat(instance).isActive();
  }

  @Test
  void aDeadlineOnAWorkingDayIsShownOnce() {
    clock.setParisTime(2026, 3, 2, 10, 0);
    Complaint complaint =
        intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    BpmnAwareTests.assertThat(processOf(complaint)).isActive();

    execute(job(TIMER_ANSWER_REMINDER));
    assertThat(letter(complaint, LetterType.REMINDER).getBody())
        .contains("Réponse motivée au plus tard le 2 mai 2026.")
        .doesNotContain("échéance légale");
  }
}
