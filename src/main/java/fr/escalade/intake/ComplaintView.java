package fr.escalade.intake;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import fr.escalade.correspondence.Correspondence;
import java.util.List;

/** A complaint as {@code /api/complaints} shows it. */
public record ComplaintView(
    String reference,
    String firm,
    Channel channel,
    String processInstanceId,
    ComplaintStatus status,
    int entryLevel,
    int currentLevel,
    Complainant complainant,
    String contractReference,
    String subject,
    String description,
    String category,
    BigDecimal amountAtStake,
    LocalDate sentOn,
    LocalDate receivedOn,
    LocalDate startDate,
    Instant registeredAt,
    LocalDate acknowledgementDueOn,
    LocalDate acknowledgementSentOn,
    LocalDate answerDueOn,
    LocalDate answerSentOn,
    Delay delay,
    Outcome outcome,
    LocalDate mediationOpensOn,
    LocalDate mediationClosesOn,
    Mediation mediation,
    LocalDate closedOn,
    List<Correspondence.Entry> correspondence) {

  /** The last delay notice sent, if any. */
  public record Delay(int noticesSent, String reason, LocalDate expectedAnswerOn) {}

  /** The referral to the mediator, if any. */
  public record Mediation(LocalDate referredOn, Boolean admissible, LocalDate proposalOn, String proposal) {}

  public record Complainant(
      String name, String email, String postalAddress, String phone, boolean isClient, Boolean isResident, String representedBy) {}

  static ComplaintView of(Complaint c, List<Correspondence.Entry> correspondence) {
    var who = c.getComplainant();
    return new ComplaintView(
        c.getReference(),
        c.getFirm(),
        c.getChannel(),
        c.getProcessInstanceId(),
        c.getStatus(),
        c.getEntryLevel(),
        c.getLevelReached(),
        new Complainant(who.getName(), who.getEmail(), who.getPostalAddress(), who.getPhone(), who.isClient(), who.getResident(), who.getRepresentedBy()),
        c.getContractReference(),
        c.getSubject(),
        c.getDescription(),
        c.getCategory(),
        c.getAmountAtStake(),
        c.getSentOn(),
        c.getReceivedOn(),
        c.getStartDate(),
        c.getRegisteredAt(),
        c.getAcknowledgementDueOn(),
        c.getAcknowledgementSentOn(),
        c.getAnswerDueOn(),
        c.getAnswerSentOn(),
        c.getDelayNoticesSent() == 0
            ? null
            : new Delay(c.getDelayNoticesSent(), c.getDelayReason(), c.getExpectedAnswerOn()),
        c.getOutcome(),
        c.getMediationOpensOn(),
        c.getMediationClosesOn(),
        c.getMediatorReferredOn() == null
            ? null
            : new Mediation(
                c.getMediatorReferredOn(),
                c.getMediatorReferralAdmissible(),
                c.getMediatorProposalOn(),
                c.getMediatorProposal()),
        c.getClosedOn(),
        correspondence);
  }
}
