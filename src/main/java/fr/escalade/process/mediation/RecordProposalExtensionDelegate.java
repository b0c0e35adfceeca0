package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL_DUE_ON;
import static fr.escalade.process.ProcessVariables.PROPOSAL_DUE_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.process.DeadlineWording;
import fr.escalade.process.LegacyDeadlineVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the later date the mediator set for its proposal in a complex case. The register keeps
 * that the period was extended; the wait for the proposal then starts again with its timer at the
 * new date.
 */
@Component("recordProposalExtension")
class RecordProposalExtensionDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final LegacyDeadlineVariables legacy;

  RecordProposalExtensionDelegate(ComplaintRegister register, LegacyDeadlineVariables legacy) {
    this.register = register;
    this.legacy = legacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    LocalDate newDue = MediationDates.isoDate(execution, PROPOSAL_DUE_ON);
    register.extendMediatorProposal(complaint, newDue);
    execution.setVariable(MEDIATOR_PROPOSAL_DUE_ON, DeadlineWording.day(newDue));
    legacy.keepFor(execution, LegacyDeadlineVariables.MEDIATOR_PROPOSAL_DUE_AT);
  }
}
