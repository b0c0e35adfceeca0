package fr.escalade.process;

import fr.escalade.process.deadline.DeadlineTimes;
import java.util.Date;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The {@code java.util.Date} variables the diagrams deployed before the deadlines moved to {@link
 * DeadlineTimes} read in their timers and due dates. Instances started on those versions run on
 * them to their end, and some of these variables were set on the way (a delay notice, the answer,
 * each step of the mediation stage, which an old instance calls in its own deployment): the steps
 * still set them for such an instance, from the register, and only when its diagram reads them.
 * Instances of the current diagrams get none.
 */
@Component
public class LegacyDeadlineVariables {

  public static final String PROMISED_ANSWER_DUE_AT = "promisedAnswerDueAt";
  public static final String PROMISED_ANSWER_REMINDER_AT = "promisedAnswerReminderAt";
  public static final String CLOSE_WITHOUT_REFERRAL_AT = "closeWithoutReferralAt";
  public static final String MEDIATOR_FILE_DUE_AT = "mediatorFileDueAt";
  public static final String MEDIATOR_FILE_REMINDER_AT = "mediatorFileReminderAt";
  public static final String MEDIATOR_PROPOSAL_DUE_AT = "mediatorProposalDueAt";
  public static final String PROPOSAL_RESPONSE_DUE_AT = "proposalResponseDueAt";

  private static final Map<String, BiFunction<DeadlineTimes, DelegateExecution, Date>> COMPUTED =
      Map.of(
          PROMISED_ANSWER_DUE_AT, DeadlineTimes::promisedAnswerDue,
          PROMISED_ANSWER_REMINDER_AT, DeadlineTimes::promisedAnswerReminder,
          CLOSE_WITHOUT_REFERRAL_AT, DeadlineTimes::closeWithoutReferral,
          MEDIATOR_FILE_DUE_AT, DeadlineTimes::mediatorFileDue,
          MEDIATOR_FILE_REMINDER_AT, DeadlineTimes::mediatorFileReminder,
          MEDIATOR_PROPOSAL_DUE_AT, DeadlineTimes::mediatorProposalDue,
          PROPOSAL_RESPONSE_DUE_AT, DeadlineTimes::proposalResponseDue);

  private final DeadlineTimes times;

  LegacyDeadlineVariables(DeadlineTimes times) {
    this.times = times;
  }

  /** Sets those of the variables the execution's diagram reads, once the register has their dates. */
  public void keepFor(DelegateExecution execution, String... names) {
    for (String name : names) {
      if (diagramReads(execution.getBpmnModelInstance(), name)) {
        execution.setVariable(name, COMPUTED.get(name).apply(times, execution));
      }
    }
  }

  /** Whether a timer or a task's due date of the diagram names the variable. */
  static boolean diagramReads(BpmnModelInstance diagram, String name) {
    String expression = "${" + name + "}";
    for (TimerEventDefinition timer : diagram.getModelElementsByType(TimerEventDefinition.class)) {
      if (names(timer.getTimeDate(), expression) || names(timer.getTimeCycle(), expression) || names(timer.getTimeDuration(), expression)) {
        return true;
      }
    }
    return diagram.getModelElementsByType(UserTask.class).stream()
        .anyMatch(task -> task.getCamundaDueDate() != null && task.getCamundaDueDate().contains(expression));
  }

  private static boolean names(ModelElementInstance element, String expression) {
    return element != null && element.getTextContent() != null && element.getTextContent().contains(expression);
  }
}
