package fr.escalade.process.withdrawal;

import static fr.escalade.process.ProcessVariables.WITHDRAWN_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.MediationEnding;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Confirms to the client, in writing when the firm has an address, that the complaint is withdrawn;
 * a mediation under way ends with it, and the mediator is told.
 */
@Component("confirmWithdrawal")
class ConfirmWithdrawalDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final LetterWriter letters;

  ConfirmWithdrawalDelegate(ComplaintRegister register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    LocalDate withdrawnOn = LocalDate.parse((String) execution.getVariable(WITHDRAWN_ON));
    if (complaint.getMediation().getReferredOn() != null && complaint.getMediation().getEnding() == null) {
      // the mediator had the case: the withdrawal ends the mediation too (the stage itself is
      // cancelled with the complaint), and the mediator is told
      register.recordMediationEnding(complaint, MediationEnding.CLIENT_WITHDREW, withdrawnOn);
      letters.write(LetterType.MEDIATOR_WITHDRAWAL_NOTICE, complaint, Map.of("withdrawnOn", withdrawnOn));
    }
    if (complaint.getComplainant().hasAddress()) {
      letters.write(LetterType.WITHDRAWAL_CONFIRMATION, complaint, Map.of("withdrawnOn", withdrawnOn));
    }
  }
}
