package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL;
import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL_ON;
import static fr.escalade.process.ProcessVariables.PROPOSAL_RESPONSE_DUE_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.MediationPeriods;
import fr.escalade.process.DeadlineWording;
import fr.escalade.process.LegacyDeadlineVariables;
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
  private final DeadlineWording wording;
  private final MediationPeriods periods;
  private final LegacyDeadlineVariables legacy;

  RecordMediatorProposalListener(ComplaintRegister register, DeadlineWording wording, MediationPeriods periods, LegacyDeadlineVariables legacy) {
    this.register = register;
    this.wording = wording;
    this.periods = periods;
    this.legacy = legacy;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    LocalDate proposedOn = MediationDates.isoDate(execution, MEDIATOR_PROPOSAL_ON);
    register.recordMediatorProposal(complaint, proposedOn, (String) execution.getVariable(MEDIATOR_PROPOSAL));
    LocalDate responseDue = proposedOn.plus(periods.proposalResponseDueAfter());
    register.planProposalResponse(complaint, responseDue);
    execution.setVariable(PROPOSAL_RESPONSE_DUE_ON, wording.aimedFor(complaint.getFirm(), responseDue));
    legacy.keepFor(execution, LegacyDeadlineVariables.PROPOSAL_RESPONSE_DUE_AT);
  }
}
