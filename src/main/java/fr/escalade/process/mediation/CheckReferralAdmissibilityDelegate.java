package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_DUE_AT;
import static fr.escalade.process.ProcessVariables.REFERRAL_ADMISSIBLE;
import static fr.escalade.process.ProcessVariables.REFERRAL_RECEIVED_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides whether a referral to the mediator is admissible: not before mediation opens, not more
 * than a year after the complaint was sent. Records the referral either way, and gives the file for
 * an admissible one its due date: the recommended practice is to send it within five weeks.
 */
@Component("checkReferralAdmissibility")
class CheckReferralAdmissibilityDelegate implements JavaDelegate {

  static final int MEDIATOR_FILE_WEEKS = 5;

  private final ComplaintRegister register;
  private final Firms firms;

  CheckReferralAdmissibilityDelegate(ComplaintRegister register, Firms firms) {
    this.register = register;
    this.firms = firms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    Complaint complaint = register.get(reference);
    LocalDate referredOn = LocalDate.parse((String) execution.getVariable(REFERRAL_RECEIVED_ON));
    boolean admissible = complaint.getMediation().admits(referredOn);
    register.recordMediatorReferral(complaint, referredOn, admissible);
    execution.setVariable(REFERRAL_ADMISSIBLE, admissible);
    if (admissible) {
      execution.setVariable(
          MEDIATOR_FILE_DUE_AT,
          DeadlinePlanner.endOf(
              referredOn.plusWeeks(MEDIATOR_FILE_WEEKS), firms.get(complaint.getFirm()).calendar().timeZone()));
    }
  }
}
