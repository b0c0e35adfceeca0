package fr.escalade.process.deadline;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessElements.TIMER_ACKNOWLEDGEMENT_DUE;
import static fr.escalade.process.ProcessElements.TIMER_ACKNOWLEDGEMENT_REMINDER;
import static fr.escalade.process.ProcessElements.TIMER_ANSWER_DUE;
import static fr.escalade.process.ProcessElements.TIMER_ANSWER_REMINDER;
import static fr.escalade.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
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
    ProcessInstance instance = processOf(complaint);
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables)
        .containsEntry(ANSWER_DUE_ON, "samedi 30 mai 2026 (échéance légale : dimanche 31 mai 2026)")
        // counted in jours ouvrables, the acknowledgement deadline is always a working day
        .containsEntry(ACKNOWLEDGEMENT_DUE_ON, "lundi 13 avril 2026")
        .containsEntry(MEDIATION_OPENS_ON, "dimanche 31 mai 2026");

    // the engine's instants come from the register: escalations when the legal day is over, tasks
    // due when the day aimed for is over
    BpmnAwareTests.assertThat(instance).isActive();
    BpmnAwareTests.assertThat(job(TIMER_ANSWER_DUE)).hasDueDate(at("2026-06-01T00:00+02:00"));
    BpmnAwareTests.assertThat(job(TIMER_ACKNOWLEDGEMENT_DUE)).hasDueDate(at("2026-04-14T00:00+02:00"));
    BpmnAwareTests.assertThat(task()).hasDueDate(at("2026-04-14T00:00+02:00"));
    assertThat(task().getFollowUpDate()).isEqualTo(job(TIMER_ACKNOWLEDGEMENT_REMINDER).getDuedate());
  }

  @Test
  void eachDeadlineIsOneVariableThatPeopleReadAndNoneIsADate() {
    Complaint complaint = registerSentOnTheThirtyFirstOfMarch();
    completeTask(complaint, Map.of(QUALIFICATION, "COMPLAINT"));
    completeTask(complaint, Map.of(REVIEW_DECISION, "ACKNOWLEDGE"));
    completeTask(complaint, Map.of(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise en cours.", EXPECTED_ANSWER_ON, "2026-06-14"));

    List<VariableInstance> variables =
        runtime.createVariableInstanceQuery().processInstanceIdIn(processOf(complaint).getId()).list();
    assertThat(variables).extracting(VariableInstance::getTypeName).doesNotContain("date");
    assertThat(variables).noneMatch(variable -> variable.getValue() instanceof Date);
    assertThat(variables)
        .extracting(VariableInstance::getName)
        .filteredOn(name -> name.matches("(?i).*(due|target|reminder|opens|escalation|promised|referral|cycle).*"))
        .containsExactlyInAnyOrder(ACKNOWLEDGEMENT_DUE_ON, ANSWER_DUE_ON, MEDIATION_OPENS_ON, PROMISED_ANSWER_ON);
    // 14 June 2026 is a Sunday: the day promised to the client is shown as promised, no legal date beside it
    assertThat(runtime.getVariable(processOf(complaint).getId(), PROMISED_ANSWER_ON)).isEqualTo("dimanche 14 juin 2026");
    // the task waiting for the promised answer is due when the promised day is over
    BpmnAwareTests.assertThat(processOf(complaint)).isActive();
    BpmnAwareTests.assertThat(task()).hasDueDate(at("2026-06-15T00:00+02:00"));
  }

  @Test
  void theAcknowledgementPromisesTheAnswerByTheWorkingDayBeforeASundayDeadline() {
    Complaint complaint = registerSentOnTheThirtyFirstOfMarch();
    completeTask(complaint, Map.of(QUALIFICATION, "COMPLAINT"));
    completeTask(complaint, Map.of(REVIEW_DECISION, "ACKNOWLEDGE"));

    // the answer is due to agents when Saturday 30 May is over, and they are reminded with the timer
    BpmnAwareTests.assertThat(processOf(complaint)).isActive();
    BpmnAwareTests.assertThat(task()).hasDueDate(at("2026-05-31T00:00+02:00"));
    assertThat(task().getFollowUpDate()).isEqualTo(job(TIMER_ANSWER_REMINDER).getDuedate());
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
