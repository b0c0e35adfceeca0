package fr.escalade.process.oral;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Invites the client to confirm in writing an oral complaint that could not be settled on the spot. */
@Component("inviteWrittenConfirmation")
class InviteWrittenConfirmationDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final LetterWriter letters;

  InviteWrittenConfirmationDelegate(ComplaintRegister register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.write(LetterType.WRITTEN_CONFIRMATION_REQUEST, register.get(execution.getProcessBusinessKey()), Map.of());
  }
}
