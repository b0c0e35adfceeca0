package fr.escalade.correspondence;

import static fr.escalade.process.ProcessVariables.ACKNOWLEDGED;

import fr.escalade.complaint.ComplaintRegister;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the written acknowledgement and records when it went out. */
@Component("sendAcknowledgement")
class SendAcknowledgementDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;

  SendAcknowledgementDelegate(LetterWriter letters, ComplaintRegister register) {
    this.letters = letters;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    letters.write(LetterType.ACKNOWLEDGEMENT, reference, Map.of());
    register.recordAcknowledgement(reference);
    execution.setVariable(ACKNOWLEDGED, true);
  }
}
