package fr.escalade.mediation;

import static fr.escalade.process.ProcessVariables.REFERRAL_ADMISSIBLE;
import static fr.escalade.process.ProcessVariables.REFERRAL_RECEIVED_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides whether a referral to the mediator is admissible: not before mediation opens, not more
 * than a year after the complaint was sent. Records the referral either way.
 */
@Component("checkReferralAdmissibility")
class CheckReferralAdmissibilityDelegate implements JavaDelegate {

  private final ComplaintRegister register;

  CheckReferralAdmissibilityDelegate(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    Complaint complaint = register.get(reference);
    LocalDate referredOn = LocalDate.parse((String) execution.getVariable(REFERRAL_RECEIVED_ON));
    boolean admissible = isAdmissible(complaint, referredOn);
    register.recordMediatorReferral(reference, referredOn, admissible);
    execution.setVariable(REFERRAL_ADMISSIBLE, admissible);
  }

  static boolean isAdmissible(Complaint complaint, LocalDate referredOn) {
    return !referredOn.isBefore(complaint.getMediationOpensOn())
        && !referredOn.isAfter(complaint.getMediationClosesOn());
  }
}
