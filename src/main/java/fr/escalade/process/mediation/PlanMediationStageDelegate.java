package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_DUE_ON;
import static fr.escalade.process.ProcessVariables.REFERRAL_RECEIVED_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.MediationPeriods;
import fr.escalade.process.DeadlineWording;
import fr.escalade.process.LegacyDeadlineVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans the first date of the mediation stage: the firm's file is due to the mediator
 * {@code escalade.mediation.file-due-after} (5 weeks) after the firm learnt of the referral, with a
 * reminder to the agents some working days before (the register keeps the date; the timers' instants
 * come from it, {@code deadlineTimes}). The clock runs from the day the firm learnt of
 * it, not the day the client filed it: the firm cannot answer a referral it does not know of.
 */
@Component("planMediationStage")
class PlanMediationStageDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final DeadlineWording wording;
  private final MediationPeriods periods;
  private final LegacyDeadlineVariables legacy;

  PlanMediationStageDelegate(ComplaintRegister register, DeadlineWording wording, MediationPeriods periods, LegacyDeadlineVariables legacy) {
    this.register = register;
    this.wording = wording;
    this.periods = periods;
    this.legacy = legacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    LocalDate fileDue = MediationDates.isoDate(execution, REFERRAL_RECEIVED_ON).plus(periods.fileDueAfter());
    register.planMediatorFile(complaint, fileDue);
    execution.setVariable(MEDIATOR_FILE_DUE_ON, wording.aimedFor(complaint.getFirm(), fileDue));
    legacy.keepFor(execution, LegacyDeadlineVariables.MEDIATOR_FILE_DUE_AT, LegacyDeadlineVariables.MEDIATOR_FILE_REMINDER_AT);
  }
}
