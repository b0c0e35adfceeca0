package fr.escalade.process;

/**
 * Names of the variables of the {@code complaint-handling} process: the one place Java code takes
 * them from. The diagram, the decision table and the forms use the same names, which
 * {@code ProcessVariablesTests} checks.
 */
public final class ProcessVariables {

  public static final String PROCESS_KEY = "complaint-handling";

  // set at intake
  public static final String REFERENCE = "reference";
  public static final String FIRM = "firm";
  public static final String FIRM_NAME = "firmName";
  public static final String ENTRY_LEVEL = "entryLevel";
  public static final String CHANNEL = "channel";
  public static final String COMPLAINANT_NAME = "complainantName";
  public static final String COMPLAINANT_CONTACT = "complainantContact";
  public static final String CONTRACT_REFERENCE = "contractReference";
  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";
  public static final String SENT_ON = "sentOn";
  // The deadlines, each once, as people read them in Cockpit and the forms: « mercredi 9 décembre
  // 2026 », and for a step of the firm the date it aims for, « samedi 30 mai 2026 (échéance légale :
  // dimanche 31 mai 2026) » (DeadlineWording). The register keeps the dates; the timers' and tasks'
  // instants are computed from it when needed (process.deadline.DeadlineTimes): no Date variable.
  public static final String ACKNOWLEDGEMENT_DUE_ON = "acknowledgementDueOn";
  public static final String ANSWER_DUE_ON = "answerDueOn";
  public static final String MEDIATION_OPENS_ON = "mediationOpensOn";

  // progress, kept by the process steps
  /** Where the acknowledgement stands when its reminder or deadline falls: see {@code Choices}. */
  public static final String ACKNOWLEDGEMENT_PROGRESS = "acknowledgementProgress";
  public static final String HANDLING_OUTCOME = "handlingOutcome";
  /** The last delay notice went out after the date the client was last given (answer deadline or earlier promise). */
  public static final String DELAY_NOTICE_LATE = "delayNoticeLate";
  /** The answer date the last delay notice announced to the client, as people read it. */
  public static final String PROMISED_ANSWER_ON = "promisedAnswerOn";

  // qualification form
  public static final String QUALIFICATION = "qualification";
  public static final String QUALIFICATION_NOTE = "qualificationNote";
  /** The reply to a simple request, printed in the letter the client receives. */
  public static final String REQUEST_REPLY = "requestReply";
  // first-contact form
  public static final String FIRST_CONTACT_RESULT = "firstContactResult";
  public static final String SETTLEMENT_SUMMARY = "settlementSummary";
  // review form
  public static final String REVIEW_DECISION = "reviewDecision";
  // answer form
  public static final String ANSWER_STATUS = "answerStatus";
  public static final String OUTCOME = "outcome";
  public static final String CATEGORY = "category";
  public static final String AMOUNT_AT_STAKE = "amountAtStake";
  public static final String ANSWER_TEXT = "answerText";
  public static final String DELAY_REASON = "delayReason";
  public static final String EXPECTED_ANSWER_ON = "expectedAnswerOn";
  public static final String DYSFUNCTION_FOUND = "dysfunctionFound";
  public static final String DYSFUNCTION_CATEGORY = "dysfunctionCategory";
  public static final String DYSFUNCTION_DESCRIPTION = "dysfunctionDescription";
  /** Set by the answer step's check: the officer who found the dysfunction. */
  public static final String DYSFUNCTION_FOUND_BY = "dysfunctionFoundBy";
  /** Set by the answer step's check: who completed the draft of a ready answer, absent when unknown. */
  public static final String ANSWER_DRAFTED_BY = "answerDraftedBy";
  // approval decision and form
  public static final String APPROVAL_REQUIRED = "approvalRequired";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";
  /** Why the decision table asks for approval: the matched rule's description (approval task only). */
  public static final String APPROVAL_REASON = "approvalReason";
  /** The answer letter as the client would receive it, neither saved nor sent (approval task only). */
  public static final String ANSWER_PREVIEW = "answerPreview";
  /** The letters written so far and where their sending stands, one a line (every task, its own variable). */
  public static final String CORRESPONDENCE_SO_FAR = "correspondenceSoFar";
  /** ISO dates of the mediation stage as the forms show them, dd/MM/yyyy (their task only: process.FrenchDates). */
  public static final String REFERRAL_RECEIVED_ON_TEXT = "referralReceivedOnText";
  public static final String REFERRAL_FILED_ON_TEXT = "referralFiledOnText";
  public static final String MEDIATOR_PROPOSAL_ON_TEXT = "mediatorProposalOnText";
  // mediation
  /** ISO date the firm learnt of the referral. */
  public static final String REFERRAL_RECEIVED_ON = "referralReceivedOn";
  public static final String MEDIATOR_FILE_SUMMARY = "mediatorFileSummary";
  public static final String MEDIATOR_PROPOSAL = "mediatorProposal";
  public static final String MEDIATOR_PROPOSAL_ON = "mediatorProposalOn";
  public static final String PROPOSAL_DECISION = "proposalDecision";
  public static final String PROPOSAL_RESPONSE = "proposalResponse";

  // messages
  public static final String MEDIATOR_REFERRAL_MESSAGE = "MediatorReferral";
  /** Starts a new instance for a closed complaint: it reopens for the mediation. */
  public static final String MEDIATOR_REFERRAL_AFTER_CLOSURE_MESSAGE = "MediatorReferralAfterClosure";
  public static final String MEDIATOR_PROPOSAL_MESSAGE = "MediatorProposal";

  // mediation stage (processes/complaint-mediation.bpmn), called by the complaint's process
  public static final String MEDIATION_PROCESS_KEY = "complaint-mediation";
  /** ISO date the client filed the referral with the mediator, when known; absent or null otherwise. */
  public static final String REFERRAL_FILED_ON = "referralFiledOn";
  /** NONE, PREMATURE, LATE or NOT_A_COMPLAINT: how the referral looked to the firm. */
  public static final String REFERRAL_WARNING = "referralWarning";
  /** The warning as a French sentence for forms and letters; empty when there is none. */
  public static final String REFERRAL_WARNING_TEXT = "referralWarningText";
  public static final String MEDIATOR_FILE_DUE_ON = "mediatorFileDueOn";
  public static final String MEDIATOR_PROPOSAL_DUE_ON = "mediatorProposalDueOn";
  /** ISO date the mediator gave for a proposal extended for a complex case. */
  public static final String PROPOSAL_DUE_ON = "proposalDueOn";
  public static final String PROPOSAL_RESPONSE_DUE_ON = "proposalResponseDueOn";
  /** INADMISSIBLE, WITHDRAWN or SETTLED: why the mediator closed the case. */
  public static final String MEDIATION_CLOSURE_REASON = "mediationClosureReason";
  public static final String MEDIATION_CLOSED_ON = "mediationClosedOn";
  public static final String MEDIATION_WITHDRAWN_ON = "mediationWithdrawnOn";
  /** How the stage ended (complaint.MediationEnding), read back by the caller. */
  public static final String MEDIATION_ENDING = "mediationEnding";
  public static final String MEDIATOR_PROPOSAL_EXTENDED_MESSAGE = "MediatorProposalExtended";
  public static final String MEDIATOR_CLOSED_CASE_MESSAGE = "MediatorClosedCase";
  public static final String CLIENT_WITHDREW_FROM_MEDIATION_MESSAGE = "ClientWithdrewFromMediation";

  // every way a complaint comes in, withdrawal, the insurer's share (issue 12)
  /** Set at intake: a complaint made by phone or at the counter. */
  public static final String ORAL_COMPLAINT = "oralComplaint";
  /** Set at intake: the firm can write to the complainant (an e-mail or a postal address). */
  public static final String ADDRESS_KNOWN = "addressKnown";
  /** A settlement contested by the client: the process starts again at level 2. */
  public static final String CONTESTED = "contested";
  // oral complaint and call-back forms
  public static final String ORAL_RESULT = "oralResult";
  public static final String CALL_BACK_NOTE = "callBackNote";
  /** The client withdrew the complaint (message, any level). */
  public static final String COMPLAINT_WITHDRAWN_MESSAGE = "ComplaintWithdrawn";
  public static final String WITHDRAWN_ON = "withdrawnOn";
  /** The client contests a settlement made at first contact: the complaint reopens at level 2. */
  public static final String SETTLEMENT_CONTESTED_MESSAGE = "SettlementContested";
  public static final String CONTESTED_ON = "contestedOn";
  /** The complaint concerns the insurer: forwarded to its complaints service (message, any time). */
  public static final String CONCERNS_INSURER_MESSAGE = "ConcernsInsurer";
  /** The insurer's identifier ({@code escalade.firms.<id>.insurers.<insurer>}) and the product line. */
  public static final String INSURER = "insurer";
  public static final String PRODUCT_LINE = "productLine";

  private ProcessVariables() {}
}
