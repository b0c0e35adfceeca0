package fr.escalade.process.mediation;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells a client still waiting for the answer that the mediator may now be seized. */
@Component("informClientOfMediation")
class InformClientOfMediationDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;

  InformClientOfMediationDelegate(LetterWriter letters, ComplaintRegister register) {
    this.letters = letters;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.write(LetterType.MEDIATION_INFORMATION, register.get(execution.getProcessBusinessKey()), Map.of());
  }
}
