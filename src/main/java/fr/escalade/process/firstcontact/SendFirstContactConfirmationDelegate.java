package fr.escalade.process.firstcontact;

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

/** Confirms in writing the amicable settlement reached at first contact. */
@Component("sendFirstContactConfirmation")
class SendFirstContactConfirmationDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;

  SendFirstContactConfirmationDelegate(LetterWriter letters, ComplaintRegister register) {
    this.letters = letters;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    register.recordCategory(complaint, (String) execution.getVariable(CATEGORY));
    letters.write(
        LetterType.FIRST_CONTACT_CONFIRMATION,
        complaint,
        Map.of("settlementSummary", execution.getVariable(SETTLEMENT_SUMMARY)));
    // the written confirmation answers the complaint: no separate acknowledgement is owed; the
    // register dates the answer when this letter leaves (correspondence/LetterSentDates)
  }
}
