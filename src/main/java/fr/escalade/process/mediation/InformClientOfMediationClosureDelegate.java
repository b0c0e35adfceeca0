package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATION_CLOSURE_REASON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the client in writing that the mediator closed the case, and why (inadmissible, withdrawn,
 * settled): the mediation's outcome letter, in its closure wording.
 */
@Component("informClientOfMediationClosure")
class InformClientOfMediationClosureDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;

  InformClientOfMediationClosureDelegate(LetterWriter letters, ComplaintRegister register) {
    this.letters = letters;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    letters.write(
        LetterType.MEDIATION_OUTCOME,
        complaint,
        Map.of(
            "mediationClosure", String.valueOf(execution.getVariable(MEDIATION_CLOSURE_REASON)),
            "mediationClosedOn", complaint.getMediation().getEndedOn()));
  }
}
