package fr.escalade.process.oral;

import static fr.escalade.process.ProcessVariables.CATEGORY;
import static fr.escalade.process.ProcessVariables.SETTLEMENT_SUMMARY;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Confirms in writing what was agreed on the spot, when the firm has an address to write to (the
 * confirmation then answers the complaint when it leaves); with none, the complaint was answered
 * there and then.
 */
@Component("confirmOralSettlement")
class ConfirmOralSettlementDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final LetterWriter letters;

  ConfirmOralSettlementDelegate(ComplaintRegister register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    register.recordCategory(complaint, (String) execution.getVariable(CATEGORY));
    if (complaint.getComplainant().hasAddress()) {
      letters.write(
          LetterType.ORAL_SETTLEMENT_CONFIRMATION, complaint, Map.of("settlementSummary", execution.getVariable(SETTLEMENT_SUMMARY)));
    } else {
      register.recordSettledOnTheSpot(complaint);
    }
  }
}
