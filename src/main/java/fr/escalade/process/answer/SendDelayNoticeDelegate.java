package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.DELAY_NOTICE_LATE;
import static fr.escalade.process.ProcessVariables.DELAY_REASON;
import static fr.escalade.process.ProcessVariables.EXPECTED_ANSWER_ON;
import static fr.escalade.process.ProcessVariables.PROMISED_ANSWER_ON;

import fr.escalade.complaint.DelayNotice;
import fr.escalade.process.DeadlineWording;
import fr.escalade.process.LegacyDeadlineVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the client the answer will be late, with the reason and the expected date, keeps the
 * notice in the register, whose date the timers watching the promise are computed from, and shows
 * that date to people.
 */
@Component("sendDelayNotice")
class SendDelayNoticeDelegate implements JavaDelegate {

  private final AnswerSteps steps;
  private final LegacyDeadlineVariables legacy;

  SendDelayNoticeDelegate(AnswerSteps steps, LegacyDeadlineVariables legacy) {
    this.steps = steps;
    this.legacy = legacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate expectedOn = LocalDate.parse((String) execution.getVariable(EXPECTED_ANSWER_ON));
    DelayNotice notice =
        steps.announceDelay(execution.getProcessBusinessKey(), (String) execution.getVariable(DELAY_REASON), expectedOn);
    execution.setVariable(DELAY_NOTICE_LATE, notice.isLate());
    // the day promised to the client, as the letter told it: the firm chose it, no legal date to step back from
    execution.setVariable(PROMISED_ANSWER_ON, DeadlineWording.day(expectedOn));
    legacy.keepFor(execution, LegacyDeadlineVariables.PROMISED_ANSWER_DUE_AT, LegacyDeadlineVariables.PROMISED_ANSWER_REMINDER_AT);
  }
}
