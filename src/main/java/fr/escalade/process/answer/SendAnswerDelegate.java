package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.complaint.Outcome;
import fr.escalade.process.LegacyDeadlineVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the reasoned answer, which always names the mediator, and records it in the register (the
 * day an answered complaint nobody refers to the mediator is closed is computed from it, {@code
 * deadlineTimes.closeWithoutReferral}).
 */
@Component("sendAnswer")
class SendAnswerDelegate implements JavaDelegate {

  private final AnswerSteps steps;
  private final LegacyDeadlineVariables legacy;

  SendAnswerDelegate(AnswerSteps steps, LegacyDeadlineVariables legacy) {
    this.steps = steps;
    this.legacy = legacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.answer(
        execution.getProcessBusinessKey(),
        new AnswerSteps.Answer(
            Outcome.valueOf((String) execution.getVariable(OUTCOME)),
            (String) execution.getVariable(CATEGORY),
            amount(execution.getVariable(AMOUNT_AT_STAKE)),
            (String) execution.getVariable(ANSWER_TEXT)));
    legacy.keepFor(execution, LegacyDeadlineVariables.CLOSE_WITHOUT_REFERRAL_AT);
  }

  private static BigDecimal amount(Object value) {
    return value instanceof Number number ? new BigDecimal(number.toString()) : null;
  }
}
