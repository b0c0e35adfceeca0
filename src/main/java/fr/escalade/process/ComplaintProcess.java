package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.deadline.ComplaintDeadlines;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The complaint-handling process as the rest of Escalade sees it: the one place that knows what the
 * process is started with and which messages it waits for. Everything else hands it a complaint.
 */
@Service
public class ComplaintProcess {

  /** How dates are shown in Tasklist's forms, which display variables as text. */
  static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A message the process waits for from outside: the client or the mediator. */
  public enum Message {
    MEDIATOR_REFERRAL(MEDIATOR_REFERRAL_MESSAGE),
    MEDIATOR_PROPOSAL(MEDIATOR_PROPOSAL_MESSAGE),
    MEDIATOR_PROPOSAL_EXTENDED(MEDIATOR_PROPOSAL_EXTENDED_MESSAGE),
    MEDIATOR_CLOSED_CASE(MEDIATOR_CLOSED_CASE_MESSAGE),
    CLIENT_WITHDREW_FROM_MEDIATION(CLIENT_WITHDREW_FROM_MEDIATION_MESSAGE),
    COMPLAINT_WITHDRAWN(COMPLAINT_WITHDRAWN_MESSAGE),
    CONCERNS_INSURER(CONCERNS_INSURER_MESSAGE);

    private final String name;

    Message(String name) {
      this.name = name;
    }
  }

  private final RuntimeService runtime;
  private final DeadlinePlanner planner;
  private final Firms firms;

  ComplaintProcess(RuntimeService runtime, DeadlinePlanner planner, Firms firms) {
    this.runtime = runtime;
    this.planner = planner;
    this.firms = firms;
  }

  /** Starts the process of a complaint just entered in the register and ties the two together. */
  public void start(Complaint complaint, Firm firm, ComplaintDeadlines deadlines) {
    String instanceId =
        runtime
            .startProcessInstanceByKey(PROCESS_KEY, complaint.getReference(), variables(complaint, firm, deadlines))
            .getId();
    complaint.attachProcess(instanceId);
  }

  /**
   * Hands a referral to the mediator to the complaint's process, whenever the client makes it: the
   * running process takes it in its referral event sub-process; a closed complaint's process is
   * started again by its "referral after closure" start event, which reopens the complaint.
   *
   * @param filedOn the day the client filed it with the mediator, null when unknown
   * @param receivedOn the day the firm learnt of it
   */
  public void referToMediator(Complaint complaint, LocalDate filedOn, LocalDate receivedOn) {
    Map<String, Object> referral = new HashMap<>();
    referral.put(REFERRAL_FILED_ON, filedOn == null ? null : filedOn.toString());
    referral.put(REFERRAL_RECEIVED_ON, receivedOn.toString());
    if (isRunning(complaint.getReference())) {
      deliver(complaint.getReference(), Message.MEDIATOR_REFERRAL, referral);
      return;
    }
    Map<String, Object> variables = contextVariables(complaint, firms.get(complaint.getFirm()));
    variables.putAll(referral);
    String instanceId =
        runtime
            .createMessageCorrelation(MEDIATOR_REFERRAL_AFTER_CLOSURE_MESSAGE)
            .processInstanceBusinessKey(complaint.getReference())
            .setVariables(variables)
            .correlateStartMessage()
            .getId();
    complaint.attachProcess(instanceId);
  }

  /**
   * Starts the complaint's process again at level 2 when the client contests a settlement made at
   * first contact: same reference, and the clocks it had from the start.
   */
  public void contestSettlement(Complaint complaint, LocalDate contestedOn) {
    Firm firm = firms.get(complaint.getFirm());
    Map<String, Object> variables =
        variables(complaint, firm, planner.plan(firm, complaint.getSentOn(), complaint.getReceivedOn()));
    variables.put(CONTESTED, true);
    variables.put(CONTESTED_ON, contestedOn.toString());
    String instanceId =
        runtime
            .createMessageCorrelation(SETTLEMENT_CONTESTED_MESSAGE)
            .processInstanceBusinessKey(complaint.getReference())
            .setVariables(variables)
            .correlateStartMessage()
            .getId();
    complaint.attachProcess(instanceId);
  }

  /** Whether the complaint's process is running (handling, waiting for a referral, mediation). */
  public boolean isRunning(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(reference).count() > 0;
  }

  /** Whether a mediation of the complaint is under way: its mediation stage is running. */
  public boolean isMediationUnderWay(String reference) {
    return runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(MEDIATION_PROCESS_KEY)
            .processInstanceBusinessKey(reference)
            .count()
        > 0;
  }

  /** Whether the complaint's process waits for this message now. */
  public boolean isWaitingFor(String reference, Message message) {
    return runtime
            .createExecutionQuery()
            .processInstanceBusinessKey(reference)
            .messageEventSubscriptionName(message.name)
            .count()
        > 0;
  }

  /** Hands the message and its data to the complaint's process, which must be waiting for it. */
  public void deliver(String reference, Message message, Map<String, Object> data) {
    runtime.createMessageCorrelation(message.name).processInstanceBusinessKey(reference).setVariables(data).correlate();
  }

  /**
   * The complaint's context and its deadlines, each once, as the French sentence people read
   * (Cockpit, the forms): the register keeps the dates, and the engine's instants are computed from
   * it when a timer or a task needs them.
   */
  private Map<String, Object> variables(Complaint complaint, Firm firm, ComplaintDeadlines deadlines) {
    Map<String, Object> variables = contextVariables(complaint, firm);
    variables.put(
        ACKNOWLEDGEMENT_DUE_ON, DeadlineWording.aimedFor(deadlines.acknowledgementTarget(), deadlines.acknowledgementDue()));
    variables.put(ANSWER_DUE_ON, DeadlineWording.aimedFor(deadlines.answerTarget(), deadlines.answerDue()));
    variables.put(MEDIATION_OPENS_ON, DeadlineWording.day(deadlines.mediationOpens()));
    return variables;
  }

  /** What every task form shows of the complaint, whichever start event began the process. */
  private Map<String, Object> contextVariables(Complaint complaint, Firm firm) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REFERENCE, complaint.getReference());
    variables.put(FIRM, complaint.getFirm());
    variables.put(FIRM_NAME, firm.name());
    variables.put(ENTRY_LEVEL, complaint.getEntryLevel());
    variables.put(CHANNEL, complaint.getChannel().name());
    variables.put(COMPLAINANT_NAME, complaint.getComplainant().getName());
    variables.put(COMPLAINANT_CONTACT, complaint.getComplainant().preferredContact());
    variables.put(CONTRACT_REFERENCE, complaint.getContractReference());
    variables.put(SUBJECT, complaint.getSubject());
    variables.put(DESCRIPTION, complaint.getDescription());
    variables.put(SENT_ON, DISPLAY_DATE.format(complaint.getStartDate()));
    variables.put(ORAL_COMPLAINT, complaint.getChannel() == Channel.PHONE || complaint.getChannel() == Channel.COUNTER);
    variables.put(ADDRESS_KNOWN, complaint.getComplainant().hasAddress());
    variables.put(CONTESTED, false);
    return variables;
  }
}
