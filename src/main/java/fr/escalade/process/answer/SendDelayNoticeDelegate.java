package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.DELAY_NOTICE_LATE;
import static fr.escalade.process.ProcessVariables.DELAY_REASON;
import static fr.escalade.process.ProcessVariables.EXPECTED_ANSWER_ON;
import static fr.escalade.process.ProcessVariables.FIRM;
import static fr.escalade.process.ProcessVariables.PROMISED_ANSWER_DUE_AT;
import static fr.escalade.process.ProcessVariables.PROMISED_ANSWER_REMINDER_AT;

import fr.escalade.complaint.DelayNotice;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the client the answer will be late, with the reason and the expected date, keeps the
 * notice, and sets the timers that watch the date now promised to the client.
 */
@Component("sendDelayNotice")
class SendDelayNoticeDelegate implements JavaDelegate {

  private final AnswerSteps steps;
  private final Firms firms;
  private final DeadlinePlanner planner;
  private final Clock clock;

  SendDelayNoticeDelegate(AnswerSteps steps, Firms firms, DeadlinePlanner planner, Clock clock) {
    this.steps = steps;
    this.firms = firms;
    this.planner = planner;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate expectedOn = LocalDate.parse((String) execution.getVariable(EXPECTED_ANSWER_ON));
    DelayNotice notice =
        steps.announceDelay(execution.getProcessBusinessKey(), (String) execution.getVariable(DELAY_REASON), expectedOn);
    Firm firm = firms.get((String) execution.getVariable(FIRM));
    execution.setVariable(DELAY_NOTICE_LATE, notice.isLate());
    execution.setVariable(PROMISED_ANSWER_DUE_AT, DeadlinePlanner.endOf(expectedOn, firm.calendar().timeZone()));
    execution.setVariable(PROMISED_ANSWER_REMINDER_AT, planner.promisedAnswerReminder(firm, expectedOn, clock.instant()));
  }
}
