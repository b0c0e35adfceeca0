package fr.escalade.process.deadline;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Deadline;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.firm.MediationPeriods;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The instants the engine needs for a complaint's deadlines — its timers, its tasks' due dates —
 * computed when it needs them from the register, which is the one source of truth of the dates
 * (the process keeps no {@code java.util.Date} copy of them that Cockpit would show beside the
 * register's). The diagrams name it ({@code ${deadlineTimes.answerTarget(execution)}}); it reads the
 * complaint by the process's business key, its reference.
 *
 * <p>A timer's expression is evaluated once, when the timer is created (the engine does not
 * re-evaluate a time cycle when it falls due unless {@code reevaluateTimeCycleWhenDue} is set, and
 * Escalade leaves it unset): the weekly answer escalation repeats from the instant computed when
 * the handling stage began, as it did when that instant was a variable.
 */
@Component("deadlineTimes")
public class DeadlineTimes {

  private final ComplaintRegister register;
  private final Firms firms;
  private final DeadlinePlanner planner;
  private final MediationPeriods mediation;
  private final Clock clock;

  @PersistenceContext private EntityManager entityManager;

  DeadlineTimes(ComplaintRegister register, Firms firms, DeadlinePlanner planner, MediationPeriods mediation, Clock clock) {
    this.register = register;
    this.firms = firms;
    this.planner = planner;
    this.mediation = mediation;
    this.clock = clock;
  }

  /** The acknowledgement's reminder: some working days before its deadline, at the reminders' time. */
  public Date acknowledgementReminder(DelegateExecution execution) {
    Dates dates = of(execution);
    return planner.reminderTime(planner.acknowledgementReminder(dates.firm, dates.due(Deadline.ACKNOWLEDGEMENT)), dates.zone());
  }

  /** The end of the acknowledgement's legal last day: supervisors hear of it unmet then. */
  public Date acknowledgementDue(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.endOf(dates.due(Deadline.ACKNOWLEDGEMENT), dates.zone());
  }

  /** The end of the day the firm aims to acknowledge by: tasks are due then. */
  public Date acknowledgementTarget(DelegateExecution execution) {
    return of(execution).endOfTarget(Deadline.ACKNOWLEDGEMENT);
  }

  public Date answerReminder(DelegateExecution execution) {
    Dates dates = of(execution);
    return planner.reminderTime(planner.answerReminder(dates.firm, dates.due(Deadline.ANSWER)), dates.zone());
  }

  public Date answerDue(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.endOf(dates.due(Deadline.ANSWER), dates.zone());
  }

  public Date answerTarget(DelegateExecution execution) {
    return of(execution).endOfTarget(Deadline.ANSWER);
  }

  /**
   * The answer deadline's escalation as an ISO 8601 repeating interval, from the engine's clock now:
   * the timer is created when the handling stage begins and keeps this cycle.
   */
  public String answerEscalation(DelegateExecution execution) {
    Dates dates = of(execution);
    return planner.answerEscalationCycle(dates.due(Deadline.ANSWER), dates.zone(), ClockUtil.getCurrentTime().toInstant());
  }

  /** The first instant the client may refer the complaint to the mediator. */
  public Date mediationOpens(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.startOf(dates.complaint.getMediationOpensOn(), dates.zone());
  }

  /**
   * When an answered complaint nobody referred to the mediator is closed: the configured wait after
   * the answer, and no earlier than mediation opens. The timer is created as the answer is sent,
   * before the letter leaves: until it has, its day is today.
   */
  public Date closeWithoutReferral(DelegateExecution execution) {
    Dates dates = of(execution);
    Complaint complaint = dates.complaint;
    LocalDate answeredOn = complaint.getAnswerSentOn() != null ? complaint.getAnswerSentOn() : firms.today(complaint.getFirm());
    LocalDate opens = complaint.getMediationOpensOn();
    LocalDate waitFrom = answeredOn.isAfter(opens) ? answeredOn : opens;
    return DeadlinePlanner.endOf(waitFrom.plus(mediation.closeWithoutReferralAfter()), dates.zone());
  }

  /** Whether a delay notice announced an answer date to the client. */
  public boolean answerPromised(DelegateExecution execution) {
    return complaint(execution.getProcessBusinessKey()).dueOn(Deadline.PROMISED_ANSWER) != null;
  }

  /** The end of the answer date the last delay notice announced to the client. */
  public Date promisedAnswerDue(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.endOf(dates.due(Deadline.PROMISED_ANSWER), dates.zone());
  }

  /** Agents are reminded of the announced date some working days before, or on its morning when that is past. */
  public Date promisedAnswerReminder(DelegateExecution execution) {
    Dates dates = of(execution);
    return planner.promisedAnswerReminder(dates.firm, dates.due(Deadline.PROMISED_ANSWER), clock.instant());
  }

  public Date mediatorFileDue(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.endOf(dates.due(Deadline.MEDIATOR_FILE), dates.zone());
  }

  public Date mediatorFileReminder(DelegateExecution execution) {
    Dates dates = of(execution);
    return planner.reminderTime(planner.mediatorFileReminder(dates.firm, dates.due(Deadline.MEDIATOR_FILE)), dates.zone());
  }

  /** The end of the day the mediator's proposal is due, extended or not. */
  public Date mediatorProposalDue(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.endOf(dates.due(Deadline.MEDIATOR_PROPOSAL), dates.zone());
  }

  public Date proposalResponseDue(DelegateExecution execution) {
    Dates dates = of(execution);
    return DeadlinePlanner.endOf(dates.due(Deadline.PROPOSAL_RESPONSE), dates.zone());
  }

  private Dates of(DelegateExecution execution) {
    Complaint complaint = complaint(execution.getProcessBusinessKey());
    return new Dates(complaint, firms.get(complaint.getFirm()));
  }

  /**
   * The complaint as the step creating the timer or the task has it: the step (or the intake) has
   * nearly always loaded it in this transaction already, so it is taken from the persistence context
   * rather than looked up again (a step loads its complaint once: {@code ComplaintLookupsTests}).
   */
  private Complaint complaint(String reference) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      for (Object entity : entityManager.unwrap(SharedSessionContractImplementor.class).getPersistenceContextInternal().getEntitiesByKey().values()) {
        if (entity instanceof Complaint loaded && reference.equals(loaded.getReference())) {
          return loaded;
        }
      }
    }
    return register.get(reference);
  }

  /** One complaint's dates, read once per expression. */
  final class Dates {
    private final Complaint complaint;
    private final Firm firm;

    private Dates(Complaint complaint, Firm firm) {
      this.complaint = complaint;
      this.firm = firm;
    }

    ZoneId zone() {
      return firm.calendar().timeZone();
    }

    LocalDate due(Deadline deadline) {
      LocalDate day = complaint.dueOn(deadline);
      if (day == null) {
        throw new IllegalStateException("Complaint " + complaint.getReference() + " has no " + deadline + " date yet");
      }
      return day;
    }

    Date endOfTarget(Deadline deadline) {
      return DeadlinePlanner.endOf(planner.target(firm, due(deadline)), zone());
    }
  }
}
