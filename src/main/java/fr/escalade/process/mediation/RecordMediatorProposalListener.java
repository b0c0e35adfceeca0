package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL;
import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL_ON;
import static fr.escalade.process.ProcessVariables.PROPOSAL_RESPONSE_DUE_AT;
import static fr.escalade.process.ProcessVariables.PROPOSAL_RESPONSE_DUE_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firms;
import fr.escalade.firm.MediationPeriods;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records the mediator's proposal in the register when it arrives, and when the firm's response to
 * it is due: {@code proposal-response-due-after} after the day the mediator made it (the day it
 * reached the firm, since the mediator sends it by e-mail).
 */
@Component("recordMediatorProposal")
class RecordMediatorProposalListener implements ExecutionListener {

  private final ComplaintRegister register;
  private final Firms firms;
  private final MediationPeriods periods;

  RecordMediatorProposalListener(ComplaintRegister register, Firms firms, MediationPeriods periods) {
    this.register = register;
    this.firms = firms;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    LocalDate proposedOn = MediationDates.isoDate(execution, MEDIATOR_PROPOSAL_ON);
    register.recordMediatorProposal(complaint, proposedOn, (String) execution.getVariable(MEDIATOR_PROPOSAL));
    LocalDate responseDue = proposedOn.plus(periods.proposalResponseDueAfter());
    register.planProposalResponse(complaint, responseDue);
    execution.setVariable(PROPOSAL_RESPONSE_DUE_ON, MediationDates.display(responseDue));
    execution.setVariable(
        PROPOSAL_RESPONSE_DUE_AT, DeadlinePlanner.endOf(responseDue, firms.get(complaint.getFirm()).calendar().timeZone()));
  }
}
