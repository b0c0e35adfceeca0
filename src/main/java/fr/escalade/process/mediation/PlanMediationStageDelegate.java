package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_DUE_AT;
import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_DUE_ON;
import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_REMINDER_AT;
import static fr.escalade.process.ProcessVariables.REFERRAL_RECEIVED_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.firm.MediationPeriods;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans the first date of the mediation stage: the firm's file is due to the mediator
 * {@code escalade.mediation.file-due-after} (5 weeks) after the firm learnt of the referral, with a
 * reminder to the agents some working days before. The clock runs from the day the firm learnt of
 * it, not the day the client filed it: the firm cannot answer a referral it does not know of.
 */
@Component("planMediationStage")
class PlanMediationStageDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final Firms firms;
  private final DeadlinePlanner planner;
  private final MediationPeriods periods;

  PlanMediationStageDelegate(ComplaintRegister register, Firms firms, DeadlinePlanner planner, MediationPeriods periods) {
    this.register = register;
    this.firms = firms;
    this.planner = planner;
    this.periods = periods;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    Firm firm = firms.get(complaint.getFirm());
    ZoneId zone = firm.calendar().timeZone();
    LocalDate fileDue = MediationDates.isoDate(execution, REFERRAL_RECEIVED_ON).plus(periods.fileDueAfter());
    register.planMediatorFile(complaint, fileDue);
    execution.setVariable(MEDIATOR_FILE_DUE_ON, MediationDates.display(fileDue));
    execution.setVariable(MEDIATOR_FILE_DUE_AT, DeadlinePlanner.endOf(fileDue, zone));
    execution.setVariable(
        MEDIATOR_FILE_REMINDER_AT, planner.reminderTime(planner.mediatorFileReminder(firm, fileDue), zone));
  }
}
