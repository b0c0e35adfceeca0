package fr.escalade.process.mediation;

/**
 * The ids of the elements of {@code processes/complaint-mediation.bpmn} that tests wait at, pass or
 * fire, one constant each, so that an element renamed in the Modeler fails MediationElementsTests
 * rather than a path test far away.
 */
public final class MediationElements {

  private MediationElements() {}

  public static final String START_MEDIATION_REQUESTED = "StartEvent_MediationRequested";
  public static final String TASK_PLAN_MEDIATION_STAGE = "Task_PlanMediationStage";
  public static final String SUBPROCESS_CONDUCT_MEDIATION = "SubProcess_ConductMediation";

  // the file for the mediator, due 5 weeks after the firm learnt of the referral
  public static final String TASK_PREPARE_MEDIATOR_FILE = "Task_PrepareMediatorFile";
  public static final String TIMER_MEDIATOR_FILE_REMINDER = "Timer_MediatorFileReminder";
  public static final String TASK_REMIND_MEDIATOR_FILE = "Task_RemindMediatorFile";
  public static final String TIMER_MEDIATOR_FILE_DUE = "Timer_MediatorFileDue";
  public static final String END_MEDIATOR_FILE_LATE = "End_MediatorFileLate";
  public static final String EVENT_MEDIATOR_FILE_LATE = "Event_MediatorFileLate";
  public static final String TASK_ALERT_MEDIATOR_FILE_LATE = "Task_AlertMediatorFileLate";
  public static final String TASK_SEND_MEDIATOR_FILE = "Task_SendMediatorFile";

  // the mediator's proposal, due 90 days after the file, extendable
  public static final String TASK_AWAIT_PROPOSAL = "Task_AwaitProposal";
  public static final String TIMER_PROPOSAL_DUE = "Timer_ProposalDue";
  public static final String END_PROPOSAL_LATE = "End_ProposalLate";
  public static final String EVENT_PROPOSAL_LATE = "Event_ProposalLate";
  public static final String TASK_ALERT_PROPOSAL_LATE = "Task_AlertProposalLate";
  public static final String EVENT_PROPOSAL_EXTENDED = "Event_ProposalExtended";
  public static final String TASK_RECORD_PROPOSAL_EXTENSION = "Task_RecordProposalExtension";

  // the firm's response to the proposal, due 30 days after it
  public static final String TASK_RESPOND_TO_PROPOSAL = "Task_RespondToProposal";
  public static final String TIMER_PROPOSAL_RESPONSE_DUE = "Timer_ProposalResponseDue";
  public static final String END_PROPOSAL_RESPONSE_LATE = "End_ProposalResponseLate";
  public static final String EVENT_PROPOSAL_RESPONSE_LATE = "Event_ProposalResponseLate";
  public static final String TASK_ALERT_PROPOSAL_RESPONSE_LATE = "Task_AlertProposalResponseLate";
  public static final String TASK_SEND_PROPOSAL_RESPONSE = "Task_SendProposalResponse";
  public static final String END_PROPOSAL_ANSWERED = "End_ProposalAnswered";

  // the other endings, at any point of the stage
  public static final String EVENT_MEDIATOR_CLOSED_CASE = "Event_MediatorClosedCase";
  public static final String TASK_RECORD_MEDIATOR_CLOSURE = "Task_RecordMediatorClosure";
  public static final String TASK_INFORM_CLIENT_OF_CLOSURE = "Task_InformClientOfClosure";
  public static final String END_CLOSED_BY_MEDIATOR = "End_ClosedByMediator";
  public static final String EVENT_CLIENT_WITHDREW = "Event_ClientWithdrew";
  public static final String TASK_RECORD_CLIENT_WITHDRAWAL = "Task_RecordClientWithdrawal";
  public static final String END_CLIENT_WITHDREW = "End_ClientWithdrew";
}
