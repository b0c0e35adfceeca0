package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL;
import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL_ON;

import fr.escalade.complaint.ComplaintRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Records the mediator's proposal in the register when it arrives. */
@Component("recordMediatorProposal")
class RecordMediatorProposalListener implements ExecutionListener {

  private final ComplaintRegister register;

  RecordMediatorProposalListener(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    register.recordMediatorProposal(
        register.get(execution.getProcessBusinessKey()),
        LocalDate.parse((String) execution.getVariable(MEDIATOR_PROPOSAL_ON)),
        (String) execution.getVariable(MEDIATOR_PROPOSAL));
  }
}
