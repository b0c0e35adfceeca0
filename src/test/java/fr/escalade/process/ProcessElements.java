package fr.escalade.process;

/**
 * The ids of the elements of {@code processes/complaint-handling.bpmn} that tests wait at, pass or
 * fire, one constant each, so that an element renamed in the Modeler fails ProcessElementsTests
 * rather than a path test far away. The application itself names no element: it only names beans
 * and variables.
 */
public final class ProcessElements {

  private ProcessElements() {}

  // Qualification: is the client's message a complaint?
  public static final String TASK_QUALIFY_AT_FIRST_CONTACT = "Task_QualifyAtFirstContact";
  public static final String END_REQUEST_AT_FIRST_CONTACT = "End_RequestAtFirstContact";
  public static final String TASK_QUALIFY_IN_COMPLAINTS_SERVICE = "Task_QualifyInComplaintsService";
  public static final String END_REQUEST_IN_COMPLAINTS_SERVICE = "End_RequestInComplaintsService";
  public static final String END_REQUEST_FILED = "End_RequestFiled";

  // Oral complaints: settled on the spot, or the client is invited to confirm in writing.
  public static final String TASK_RECORD_ORAL_COMPLAINT = "Task_RecordOralComplaint";
  public static final String TASK_CONFIRM_ORAL_SETTLEMENT = "Task_ConfirmOralSettlement";
  public static final String END_SETTLED_ON_THE_SPOT = "End_SettledOnTheSpot";
  public static final String TASK_INVITE_WRITTEN_CONFIRMATION = "Task_InviteWrittenConfirmation";
  public static final String TASK_CALL_BACK_CLIENT = "Task_CallBackClient";
  public static final String TASK_REPLY_TO_REQUEST_AT_FIRST_CONTACT = "Task_ReplyToRequestAtFirstContact";
  public static final String TASK_REPLY_TO_REQUEST_IN_COMPLAINTS_SERVICE = "Task_ReplyToRequestInComplaintsService";

  // What the client may do at any level: withdraw, contest a settlement; the insurer's share.
  public static final String TASK_CONFIRM_WITHDRAWAL = "Task_ConfirmWithdrawal";
  public static final String END_COMPLAINT_WITHDRAWN = "End_ComplaintWithdrawn";
  public static final String TASK_REOPEN_AT_LEVEL_2 = "Task_ReopenAtLevel2";
  public static final String TASK_FORWARD_TO_INSURER = "Task_ForwardToInsurer";
  public static final String END_FORWARDED_TO_INSURER = "End_ForwardedToInsurer";

  // Level 1: the usual interlocutor tries to settle.
  public static final String TASK_SETTLE_AMICABLY = "Task_SettleAmicably";
  public static final String TASK_CONFIRM_SETTLEMENT = "Task_ConfirmSettlement";
  public static final String END_SETTLED_AT_FIRST_CONTACT = "End_SettledAtFirstContact";
  public static final String END_RESOLVED_AT_FIRST_CONTACT = "End_ResolvedAtFirstContact";

  // Level 2: the complaints service acknowledges and answers.
  public static final String TASK_REVIEW_COMPLAINT = "Task_ReviewComplaint";
  public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String TASK_DRAFT_ANSWER = "Task_DraftAnswer";
  public static final String TASK_SEND_DELAY_NOTICE = "Task_SendDelayNotice";
  public static final String TASK_ALERT_LATE_DELAY_NOTICE = "Task_AlertLateDelayNotice";
  public static final String TASK_DRAFT_PROMISED_ANSWER = "Task_DraftPromisedAnswer";
  public static final String TIMER_PROMISED_ANSWER_REMINDER = "Timer_PromisedAnswerReminder";
  public static final String TASK_REMIND_PROMISED_ANSWER = "Task_RemindPromisedAnswer";
  public static final String TIMER_PROMISED_ANSWER_DUE = "Timer_PromisedAnswerDue";
  public static final String TASK_ESCALATE_PROMISED_ANSWER = "Task_EscalatePromisedAnswer";
  public static final String TASK_DECIDE_APPROVAL = "Task_DecideApproval";
  public static final String TASK_APPROVE_ANSWER = "Task_ApproveAnswer";
  public static final String GATEWAY_ANSWER_PROMISED_AT_REVISION = "Gateway_AnswerPromisedAtRevision";
  public static final String TASK_SEND_ANSWER = "Task_SendAnswer";
  public static final String END_ANSWER_SENT = "End_AnswerSent";

  // Deadlines: reminders to the agents, alerts to the supervisors, the mediator to the client.
  public static final String TIMER_ACKNOWLEDGEMENT_REMINDER = "Timer_AcknowledgementReminder";
  public static final String TASK_REMIND_ACKNOWLEDGEMENT = "Task_RemindAcknowledgement";
  public static final String TASK_SEND_AUTOMATIC_ACKNOWLEDGEMENT = "Task_SendAutomaticAcknowledgement";
  public static final String END_ACKNOWLEDGEMENT_REMINDER_NOT_NEEDED = "End_AcknowledgementReminderNotNeeded";
  public static final String TIMER_ACKNOWLEDGEMENT_DUE = "Timer_AcknowledgementDue";
  public static final String TASK_ESCALATE_ACKNOWLEDGEMENT = "Task_EscalateAcknowledgement";
  public static final String END_ACKNOWLEDGEMENT_DEADLINE_MET = "End_AcknowledgementDeadlineMet";
  public static final String TIMER_ANSWER_REMINDER = "Timer_AnswerReminder";
  public static final String TASK_REMIND_ANSWER = "Task_RemindAnswer";
  public static final String TIMER_ANSWER_DUE = "Timer_AnswerDue";
  public static final String TASK_ESCALATE_ANSWER = "Task_EscalateAnswer";
  public static final String TIMER_MEDIATION_OPENS_BEFORE_ANSWER = "Timer_MediationOpensBeforeAnswer";
  public static final String TASK_INFORM_CLIENT_OF_MEDIATION = "Task_InformClientOfMediation";

  // Level 3: the mediator, at any time; closing without referral.
  public static final String GATEWAY_REFERRAL_OR_MEDIATION_END = "Gateway_ReferralOrMediationEnd";
  public static final String TIMER_REFERRAL_PERIOD_OVER = "Timer_ReferralPeriodOver";
  public static final String END_CLOSED_AFTER_MEDIATION = "End_ClosedAfterMediation";
  public static final String END_CLOSED_WITHOUT_REFERRAL = "End_ClosedWithoutReferral";
  public static final String TASK_RECORD_MEDIATOR_REFERRAL = "Task_RecordMediatorReferral";
  public static final String CALL_ACTIVITY_CONDUCT_MEDIATION = "CallActivity_ConductMediation";
  public static final String END_MEDIATION_ENDED = "End_MediationEnded";
  public static final String TASK_REOPEN_FOR_MEDIATION = "Task_ReopenForMediation";
  public static final String CALL_ACTIVITY_CONDUCT_MEDIATION_AFTER_CLOSURE = "CallActivity_ConductMediationAfterClosure";
  public static final String END_MEDIATION_ENDED_AFTER_CLOSURE = "End_MediationEndedAfterClosure";
}
