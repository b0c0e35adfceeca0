package fr.escalade.process.answer;


import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.Outcome;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firms;
import fr.escalade.firm.MediationPeriods;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the reasoned answer, which always names the mediator, records it in the register and sets
 * the day an answered complaint nobody refers to the mediator will be closed.
 */
@Component("sendAnswer")
class SendAnswerDelegate implements JavaDelegate {

  private final AnswerSteps steps;
  private final Firms firms;
  private final MediationPeriods mediation;

  SendAnswerDelegate(AnswerSteps steps, Firms firms, MediationPeriods mediation) {
    this.steps = steps;
    this.firms = firms;
    this.mediation = mediation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint =
        steps.answer(
            execution.getProcessBusinessKey(),
            new AnswerSteps.Answer(
                Outcome.valueOf((String) execution.getVariable(OUTCOME)),
                (String) execution.getVariable(CATEGORY),
                amount(execution.getVariable(AMOUNT_AT_STAKE)),
                (String) execution.getVariable(ANSWER_TEXT)));

    // the answer leaves once this transaction commits, so its sent date is not known yet: count from today
    LocalDate answeredOn =
        complaint.getAnswerSentOn() != null ? complaint.getAnswerSentOn() : firms.today(complaint.getFirm());
    LocalDate waitFrom = latest(answeredOn, complaint.getMediationOpensOn());
    execution.setVariable(
        CLOSE_WITHOUT_REFERRAL_AT,
        DeadlinePlanner.endOf(
            waitFrom.plus(mediation.closeWithoutReferralAfter()),
            firms.get(complaint.getFirm()).calendar().timeZone()));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static BigDecimal amount(Object value) {
    return value instanceof Number number ? new BigDecimal(number.toString()) : null;
  }
}
