package fr.escalade.process;

import static fr.escalade.process.LegacyDeadlineVariables.CLOSE_WITHOUT_REFERRAL_AT;
import static fr.escalade.process.LegacyDeadlineVariables.MEDIATOR_FILE_DUE_AT;
import static fr.escalade.process.LegacyDeadlineVariables.PROMISED_ANSWER_DUE_AT;
import static fr.escalade.process.LegacyDeadlineVariables.PROMISED_ANSWER_REMINDER_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.escalade.process.deadline.DeadlineTimes;
import java.nio.file.Path;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * An instance started on a diagram from before the deadlines moved to {@code deadlineTimes} still
 * gets the Date variables its timers and tasks read; one of the current diagrams gets none.
 */
class LegacyDeadlineVariablesTests {

  /** The shape of the earlier diagrams: a task due at a variable, a timer at another. */
  private static final BpmnModelInstance EARLIER =
      Bpmn.createExecutableProcess("earlier")
          .startEvent()
          .userTask("Task_DraftPromisedAnswer")
          .camundaDueDate("${promisedAnswerDueAt}")
          .boundaryEvent("Timer_PromisedAnswerReminder")
          .cancelActivity(false)
          .timerWithDate("${promisedAnswerReminderAt}")
          .endEvent()
          .moveToActivity("Task_DraftPromisedAnswer")
          .endEvent()
          .done();

  @Test
  void anEarlierDiagramReadsItsVariablesAndTheCurrentOnesReadNone() {
    assertThat(LegacyDeadlineVariables.diagramReads(EARLIER, PROMISED_ANSWER_DUE_AT)).isTrue();
    assertThat(LegacyDeadlineVariables.diagramReads(EARLIER, PROMISED_ANSWER_REMINDER_AT)).isTrue();
    assertThat(LegacyDeadlineVariables.diagramReads(EARLIER, CLOSE_WITHOUT_REFERRAL_AT)).isFalse();
    for (String diagram : new String[] {"processes/complaint-handling.bpmn", "processes/complaint-mediation.bpmn"}) {
      BpmnModelInstance current = Bpmn.readModelFromFile(Path.of(diagram).toFile());
      for (String name : new String[] {PROMISED_ANSWER_DUE_AT, PROMISED_ANSWER_REMINDER_AT, CLOSE_WITHOUT_REFERRAL_AT, MEDIATOR_FILE_DUE_AT}) {
        assertThat(LegacyDeadlineVariables.diagramReads(current, name)).as("%s in %s", name, diagram).isFalse();
      }
    }
  }

  @Test
  void aStepOfAnEarlierInstanceSetsWhatItsDiagramReadsFromTheRegister() {
    DeadlineTimes times = mock(DeadlineTimes.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getBpmnModelInstance()).thenReturn(EARLIER);
    Date due = new Date(1_780_000_000_000L);
    Date reminder = new Date(1_779_000_000_000L);
    when(times.promisedAnswerDue(execution)).thenReturn(due);
    when(times.promisedAnswerReminder(execution)).thenReturn(reminder);

    new LegacyDeadlineVariables(times).keepFor(execution, PROMISED_ANSWER_DUE_AT, PROMISED_ANSWER_REMINDER_AT, CLOSE_WITHOUT_REFERRAL_AT);

    verify(execution).setVariable(PROMISED_ANSWER_DUE_AT, due);
    verify(execution).setVariable(PROMISED_ANSWER_REMINDER_AT, reminder);
    verify(execution, never()).setVariable(CLOSE_WITHOUT_REFERRAL_AT, null);
    verify(times, never()).closeWithoutReferral(any());
  }

  @Test
  void aStepOfACurrentInstanceSetsNone() {
    DeadlineTimes times = mock(DeadlineTimes.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getBpmnModelInstance()).thenReturn(Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile()));

    new LegacyDeadlineVariables(times).keepFor(execution, PROMISED_ANSWER_DUE_AT, PROMISED_ANSWER_REMINDER_AT, CLOSE_WITHOUT_REFERRAL_AT);

    verify(execution, never()).setVariable(anyString(), any());
  }
}
