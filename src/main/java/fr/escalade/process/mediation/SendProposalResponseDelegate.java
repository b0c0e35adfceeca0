package fr.escalade.process.mediation;

import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;

import static fr.escalade.process.ProcessVariables.PROPOSAL_DECISION;
import static fr.escalade.process.ProcessVariables.PROPOSAL_RESPONSE;

import fr.escalade.complaint.Complaint;
import fr.escalade.process.Choices;
import fr.escalade.complaint.ComplaintRegister;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Answers the mediator's proposal, to the mediator and to the client. */
@Component("sendProposalResponse")
class SendProposalResponseDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;

  SendProposalResponseDelegate(LetterWriter letters, ComplaintRegister register) {
    this.letters = letters;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    boolean accepted = Choices.ACCEPT.equals(execution.getVariable(PROPOSAL_DECISION));
    register.recordProposalResponse(complaint, accepted);
    Map<String, Object> details =
        Map.of(
            "proposalAccepted", accepted,
            "proposalResponse", execution.getVariable(PROPOSAL_RESPONSE));
    letters.write(LetterType.PROPOSAL_RESPONSE, complaint, details);
    letters.write(LetterType.MEDIATION_OUTCOME, complaint, details);
  }
}
