package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.REFERRAL_FILED_ON;
import static fr.escalade.process.ProcessVariables.REFERRAL_RECEIVED_ON;
import static fr.escalade.process.ProcessVariables.REFERRAL_WARNING;
import static fr.escalade.process.ProcessVariables.REFERRAL_WARNING_TEXT;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.MediatorReferral;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a referral to the mediator whenever the client makes it — reopening the complaint when it
 * was closed — and hands the mediation stage the firm's warning, if the referral looks premature or
 * late: the mediator, not the firm, judges admissibility.
 */
@Component("recordMediatorReferral")
class RecordMediatorReferralDelegate implements JavaDelegate {

  static final String NO_WARNING = "NONE";

  private final ComplaintRegister register;

  RecordMediatorReferralDelegate(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String filedOn = (String) execution.getVariable(REFERRAL_FILED_ON);
    MediatorReferral referral =
        register.recordMediatorReferral(
            register.get(execution.getProcessBusinessKey()),
            filedOn == null ? null : LocalDate.parse(filedOn),
            LocalDate.parse((String) execution.getVariable(REFERRAL_RECEIVED_ON)));
    execution.setVariable(REFERRAL_WARNING, referral.getWarning() == null ? NO_WARNING : referral.getWarning().name());
    execution.setVariable(REFERRAL_WARNING_TEXT, referral.getWarning() == null ? "" : referral.getWarning().text());
  }
}
