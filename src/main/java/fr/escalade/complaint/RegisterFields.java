package fr.escalade.complaint;

import java.util.List;

/**
 * What a row of the register holds, in order: the single description the API's view of a
 * complaint, its lists and the CSV export are derived from. A field added here shows in the view
 * and the export at once, under the names it is given here.
 */
public final class RegisterFields {

  public static final RegisterField REFERENCE = RegisterField.of("reference", Complaint::getReference);
  public static final RegisterField FIRM = RegisterField.of("firm", Complaint::getFirm);
  public static final RegisterField CHANNEL = RegisterField.of("channel", Complaint::getChannel);
  public static final RegisterField COMPLAINANT_NAME =
      RegisterField.of("complainantName", c -> c.getComplainant().getName())
          .shownAs("complainant.name").storedAt("complainant.name");
  public static final RegisterField COMPLAINANT_EMAIL =
      RegisterField.of("complainantEmail", c -> c.getComplainant().getEmail())
          .shownAs("complainant.email").storedAt("complainant.email");
  public static final RegisterField COMPLAINANT_POSTAL_ADDRESS =
      RegisterField.of("complainantPostalAddress", c -> c.getComplainant().getPostalAddress())
          .shownAs("complainant.postalAddress").storedAt("complainant.postalAddress");
  public static final RegisterField COMPLAINANT_PHONE =
      RegisterField.of("complainantPhone", c -> c.getComplainant().getPhone())
          .shownAs("complainant.phone").storedAt("complainant.phone");
  public static final RegisterField COMPLAINANT_IS_CLIENT =
      RegisterField.of("complainantIsClient", c -> c.getComplainant().getClient())
          .shownAs("complainant.isClient").storedAt("complainant.client");
  public static final RegisterField COMPLAINANT_IS_RESIDENT =
      RegisterField.of("complainantIsResident", c -> c.getComplainant().getResident())
          .shownAs("complainant.isResident").storedAt("complainant.resident");
  public static final RegisterField COMPLAINANT_REPRESENTED_BY =
      RegisterField.of("complainantRepresentedBy", c -> c.getComplainant().getRepresentedBy())
          .shownAs("complainant.representedBy").storedAt("complainant.representedBy");
  public static final RegisterField CONTRACT_REFERENCE =
      RegisterField.of("contractReference", Complaint::getContractReference);
  public static final RegisterField SUBJECT = RegisterField.of("subject", Complaint::getSubject);
  public static final RegisterField DESCRIPTION =
      RegisterField.of("description", Complaint::getDescription).notExported();
  public static final RegisterField CATEGORY =
      RegisterField.of("category", c -> c.getAnswer().getCategory()).storedAt("answer.category");
  public static final RegisterField AMOUNT_AT_STAKE =
      RegisterField.of("amountAtStake", c -> c.getAnswer().getAmountAtStake())
          .storedAt("answer.amountAtStake");
  public static final RegisterField SENT_ON = RegisterField.of("sentOn", Complaint::getSentOn);
  public static final RegisterField RECEIVED_ON = RegisterField.of("receivedOn", Complaint::getReceivedOn);
  public static final RegisterField START_DATE = RegisterField.of("startDate", Complaint::getStartDate);
  public static final RegisterField REGISTERED_AT =
      RegisterField.of("registeredAt", Complaint::getRegisteredAt).notExported();
  public static final RegisterField ENTRY_LEVEL = RegisterField.of("entryLevel", Complaint::getEntryLevel);
  public static final RegisterField LEVEL_REACHED =
      RegisterField.of("levelReached", Complaint::getLevelReached).shownAs("currentLevel");
  public static final RegisterField STATUS = RegisterField.of("status", Complaint::getStatus);
  public static final RegisterField ACKNOWLEDGEMENT_DUE_ON =
      RegisterField.of("acknowledgementDueOn", c -> c.getDeadlines().getAcknowledgementDueOn())
          .storedAt("deadlines.acknowledgementDueOn");
  public static final RegisterField ACKNOWLEDGEMENT_SENT_ON =
      RegisterField.of("acknowledgementSentOn", c -> c.getDeadlines().getAcknowledgementSentOn())
          .storedAt("deadlines.acknowledgementSentOn");
  public static final RegisterField ACKNOWLEDGEMENT_AUTOMATIC =
      RegisterField.of("acknowledgementAutomatic", c -> c.getDeadlines().isAcknowledgementAutomatic())
          .storedAt("deadlines.acknowledgementAutomatic");
  public static final RegisterField ACKNOWLEDGED_IN_TIME =
      RegisterField.of("acknowledgedInTime", c -> c.getDeadlines().getAcknowledgedInTime())
          .storedAt("deadlines.acknowledgedInTime");
  public static final RegisterField ANSWER_DUE_ON =
      RegisterField.of("answerDueOn", c -> c.getDeadlines().getAnswerDueOn()).storedAt("deadlines.answerDueOn");
  public static final RegisterField ANSWER_SENT_ON =
      RegisterField.of("answerSentOn", c -> c.getDeadlines().getAnswerSentOn()).storedAt("deadlines.answerSentOn");
  public static final RegisterField ANSWERED_IN_TIME =
      RegisterField.of("answeredInTime", c -> c.getDeadlines().getAnsweredInTime())
          .storedAt("deadlines.answeredInTime");
  public static final RegisterField DELAY_NOTICES_SENT =
      RegisterField.of("delayNoticesSent", c -> c.getDelay().getNoticesSent())
          .shownAs("delay.noticesSent").storedAt("delay.noticesSent");
  public static final RegisterField DELAY_REASON =
      RegisterField.of("delayReason", c -> c.getDelay().getReason())
          .shownAs("delay.reason").storedAt("delay.reason");
  public static final RegisterField EXPECTED_ANSWER_ON =
      RegisterField.of("expectedAnswerOn", c -> c.getDelay().getExpectedAnswerOn())
          .shownAs("delay.expectedAnswerOn").storedAt("delay.expectedAnswerOn");
  public static final RegisterField OUTCOME = RegisterField.of("outcome", Complaint::getOutcome);
  public static final RegisterField MEDIATION_OPENS_ON =
      RegisterField.of("mediationOpensOn", c -> c.getMediation().getOpensOn()).storedAt("mediation.opensOn");
  public static final RegisterField MEDIATION_CLOSES_ON =
      RegisterField.of("mediationClosesOn", c -> c.getMediation().getClosesOn()).storedAt("mediation.closesOn");
  public static final RegisterField MEDIATOR_REFERRED_ON =
      RegisterField.of("mediatorReferredOn", c -> c.getMediation().getReferredOn())
          .shownAs("mediation.referredOn").storedAt("mediation.referredOn");
  public static final RegisterField MEDIATOR_REFERRAL_FILED_ON =
      RegisterField.of("mediatorReferralFiledOn", c -> c.getMediation().getReferralFiledOn())
          .shownAs("mediation.filedOn").storedAt("mediation.referralFiledOn");
  public static final RegisterField MEDIATOR_REFERRAL_WARNING =
      RegisterField.of("mediatorReferralWarning", c -> c.getMediation().getReferralWarning())
          .shownAs("mediation.warning").storedAt("mediation.referralWarning");
  public static final RegisterField MEDIATOR_REFERRAL_ADMISSIBLE =
      RegisterField.of("mediatorReferralAdmissible", c -> c.getMediation().getReferralAdmissible())
          .shownAs("mediation.admissible").storedAt("mediation.referralAdmissible");
  public static final RegisterField MEDIATOR_PROPOSAL_ON =
      RegisterField.of("mediatorProposalOn", c -> c.getMediation().getProposalOn())
          .shownAs("mediation.proposalOn").storedAt("mediation.proposalOn");
  public static final RegisterField MEDIATOR_PROPOSAL =
      RegisterField.of("mediatorProposal", c -> c.getMediation().getProposal())
          .shownAs("mediation.proposal").storedAt("mediation.proposal");
  public static final RegisterField MEDIATOR_PROPOSAL_ACCEPTED =
      RegisterField.of("mediatorProposalAccepted", c -> c.getMediation().getProposalAccepted())
          .storedAt("mediation.proposalAccepted").notShown();
  public static final RegisterField MEDIATOR_FILE_DUE_ON =
      RegisterField.of("mediatorFileDueOn", c -> c.getMediation().getFileDueOn())
          .shownAs("mediation.fileDueOn").storedAt("mediation.fileDueOn");
  public static final RegisterField MEDIATOR_FILE_SENT_ON =
      RegisterField.of("mediatorFileSentOn", c -> c.getMediation().getFileSentOn())
          .shownAs("mediation.fileSentOn").storedAt("mediation.fileSentOn");
  public static final RegisterField MEDIATOR_PROPOSAL_DUE_ON =
      RegisterField.of("mediatorProposalDueOn", c -> c.getMediation().getProposalDueOn())
          .shownAs("mediation.proposalDueOn").storedAt("mediation.proposalDueOn");
  public static final RegisterField MEDIATOR_PROPOSAL_EXTENDED =
      RegisterField.of("mediatorProposalExtended", c -> c.getMediation().getProposalExtended())
          .shownAs("mediation.proposalExtended").storedAt("mediation.proposalExtended");
  public static final RegisterField PROPOSAL_RESPONSE_DUE_ON =
      RegisterField.of("proposalResponseDueOn", c -> c.getMediation().getProposalResponseDueOn())
          .shownAs("mediation.proposalResponseDueOn").storedAt("mediation.proposalResponseDueOn");
  public static final RegisterField MEDIATION_ENDING =
      RegisterField.of("mediationEnding", c -> c.getMediation().getEnding())
          .shownAs("mediation.ending").storedAt("mediation.ending");
  public static final RegisterField MEDIATION_ENDED_ON =
      RegisterField.of("mediationEndedOn", c -> c.getMediation().getEndedOn())
          .shownAs("mediation.endedOn").storedAt("mediation.endedOn");
  public static final RegisterField MEDIATOR = RegisterField.of("mediator", Complaint::getMediator);
  public static final RegisterField INSURER = RegisterField.of("insurer", Complaint::getInsurer);
  public static final RegisterField PRODUCT_LINE = RegisterField.of("productLine", Complaint::getProductLine);
  public static final RegisterField INSURER_REFERRED_ON =
      RegisterField.of("insurerReferredOn", Complaint::getInsurerReferredOn);
  public static final RegisterField QUALIFIED_AS =
      RegisterField.of("qualifiedAs", Complaint::getQualifiedAs).shownAs("qualification.as");
  public static final RegisterField QUALIFICATION_NOTE =
      RegisterField.of("qualificationNote", Complaint::getQualificationNote).shownAs("qualification.note");
  public static final RegisterField QUALIFIED_BY =
      RegisterField.of("qualifiedBy", Complaint::getQualifiedBy).shownAs("qualification.by");
  public static final RegisterField QUALIFIED_ON =
      RegisterField.of("qualifiedOn", Complaint::getQualifiedOn).shownAs("qualification.on");
  public static final RegisterField CLOSED_ON = RegisterField.of("closedOn", Complaint::getClosedOn);
  public static final RegisterField PROCESS_INSTANCE_ID =
      RegisterField.of("processInstanceId", Complaint::getProcessInstanceId).notExported();

  /** Every field, in the order the view and the export show them. */
  public static final List<RegisterField> ALL =
      List.of(
          REFERENCE, FIRM, CHANNEL,
          COMPLAINANT_NAME, COMPLAINANT_EMAIL, COMPLAINANT_POSTAL_ADDRESS, COMPLAINANT_PHONE,
          COMPLAINANT_IS_CLIENT, COMPLAINANT_IS_RESIDENT, COMPLAINANT_REPRESENTED_BY,
          CONTRACT_REFERENCE, SUBJECT, DESCRIPTION, CATEGORY, AMOUNT_AT_STAKE,
          SENT_ON, RECEIVED_ON, START_DATE, REGISTERED_AT, ENTRY_LEVEL, LEVEL_REACHED, STATUS,
          ACKNOWLEDGEMENT_DUE_ON, ACKNOWLEDGEMENT_SENT_ON, ACKNOWLEDGEMENT_AUTOMATIC, ACKNOWLEDGED_IN_TIME,
          ANSWER_DUE_ON, ANSWER_SENT_ON, ANSWERED_IN_TIME,
          DELAY_NOTICES_SENT, DELAY_REASON, EXPECTED_ANSWER_ON, OUTCOME,
          MEDIATION_OPENS_ON, MEDIATION_CLOSES_ON, MEDIATOR_REFERRED_ON,
          MEDIATOR_REFERRAL_FILED_ON, MEDIATOR_REFERRAL_WARNING, MEDIATOR_REFERRAL_ADMISSIBLE,
          MEDIATOR_PROPOSAL_ON, MEDIATOR_PROPOSAL, MEDIATOR_PROPOSAL_ACCEPTED,
          MEDIATOR_FILE_DUE_ON, MEDIATOR_FILE_SENT_ON, MEDIATOR_PROPOSAL_DUE_ON, MEDIATOR_PROPOSAL_EXTENDED,
          PROPOSAL_RESPONSE_DUE_ON, MEDIATION_ENDING, MEDIATION_ENDED_ON,
          CLOSED_ON, PROCESS_INSTANCE_ID,
          MEDIATOR,
          INSURER, PRODUCT_LINE, INSURER_REFERRED_ON,
          QUALIFIED_AS, QUALIFICATION_NOTE, QUALIFIED_BY, QUALIFIED_ON);

  private RegisterFields() {}
}
