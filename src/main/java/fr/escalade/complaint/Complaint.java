package fr.escalade.complaint;

import fr.escalade.deadline.ComplaintDeadlines;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A complaint as the register records it, kept in step with its process by the process steps. */
@Entity
@Table(
    name = "complaint",
    indexes = {
      @Index(name = "ix_complaint_status_firm_answer_due", columnList = "status, firm, answer_due_on"),
      @Index(name = "ix_complaint_start_date", columnList = "start_date"),
      // covers every column the reporting queries read over a period, so they never fetch the rows
      @Index(
          name = "ix_complaint_reporting",
          columnList =
              "firm, start_date, status, outcome, channel, level_reached, acknowledged_in_time, answered_in_time,"
                  + " mediator_referral_admissible, mediator_proposal_accepted, mediator_proposal_on, answer_days"),
      @Index(name = "ix_complaint_tracking_token", columnList = "tracking_token_hash", unique = true)
    })
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @Column(nullable = false, length = 40)
  private String firm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Embedded private Complainant complainant;

  @Column(name = "contract_reference", length = 100)
  private String contractReference;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 10_000)
  private String description;

  @Column(length = 60)
  private String category;

  @Column(name = "amount_at_stake", precision = 14, scale = 2)
  private BigDecimal amountAtStake;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "entry_level", nullable = false)
  private int entryLevel;

  @Column(name = "level_reached", nullable = false)
  private int levelReached;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ComplaintStatus status;

  @Column(name = "acknowledgement_due_on", nullable = false)
  private LocalDate acknowledgementDueOn;

  @Column(name = "acknowledgement_sent_on")
  private LocalDate acknowledgementSentOn;

  @Column(name = "answer_due_on", nullable = false)
  private LocalDate answerDueOn;

  @Column(name = "answer_sent_on")
  private LocalDate answerSentOn;

  /**
   * Whether the acknowledgement (or the answer, if it came first) went out by its deadline; null
   * until one of them is sent. Kept, like the two fields below, so that the reports count rather
   * than compute.
   */
  @Column(name = "acknowledged_in_time")
  private Boolean acknowledgedInTime;

  @Column(name = "answered_in_time")
  private Boolean answeredInTime;

  /** Calendar days from the start date to the answer, kept for the reporting percentiles. */
  @Column(name = "answer_days")
  private Integer answerDays;

  @Column(name = "delay_reason", length = 2000)
  private String delayReason;

  @Column(name = "expected_answer_on")
  private LocalDate expectedAnswerOn;

  @Column(name = "delay_notices_sent", nullable = false)
  private int delayNoticesSent;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  @Column(name = "mediation_opens_on", nullable = false)
  private LocalDate mediationOpensOn;

  @Column(name = "mediation_closes_on", nullable = false)
  private LocalDate mediationClosesOn;

  @Column(name = "mediator_referred_on")
  private LocalDate mediatorReferredOn;

  @Column(name = "mediator_referral_admissible")
  private Boolean mediatorReferralAdmissible;

  @Column(name = "mediator_proposal_on")
  private LocalDate mediatorProposalOn;

  @Column(name = "mediator_proposal", length = 10_000)
  private String mediatorProposal;

  @Column(name = "mediator_proposal_accepted")
  private Boolean mediatorProposalAccepted;

  /** SHA-256 of the client's tracking token: the token itself is only ever shown to the client. */
  @Column(name = "tracking_token_hash", length = 64)
  private String trackingTokenHash;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected Complaint() {}

  public Complaint(
      String reference,
      String firm,
      Channel channel,
      Complainant complainant,
      String contractReference,
      String subject,
      String description,
      LocalDate sentOn,
      LocalDate receivedOn,
      int entryLevel,
      ComplaintDeadlines deadlines,
      Instant registeredAt) {
    this.reference = reference;
    this.firm = firm;
    this.channel = channel;
    this.complainant = complainant;
    this.contractReference = contractReference;
    this.subject = subject;
    this.description = description;
    this.sentOn = sentOn;
    this.receivedOn = receivedOn;
    this.entryLevel = entryLevel;
    this.levelReached = entryLevel;
    this.status = ComplaintStatus.QUALIFYING;
    this.startDate = deadlines.startDate();
    this.acknowledgementDueOn = deadlines.acknowledgementDue();
    this.answerDueOn = deadlines.answerDue();
    this.mediationOpensOn = deadlines.mediationOpens();
    this.mediationClosesOn = deadlines.mediationCloses();
    this.registeredAt = registeredAt;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void enterLevel(int level, ComplaintStatus status) {
    this.levelReached = Math.max(levelReached, level);
    this.status = status;
  }

  void recordAcknowledgement(LocalDate sentOn) {
    if (acknowledgementSentOn == null) {
      acknowledgementSentOn = sentOn;
    }
    judgeAcknowledgement(sentOn);
  }

  /** The first of acknowledgement and answer decides whether the acknowledgement came in time. */
  private void judgeAcknowledgement(LocalDate sentOn) {
    if (acknowledgedInTime == null) {
      acknowledgedInTime = !sentOn.isAfter(acknowledgementDueOn);
    }
  }

  void recordDelayNotice(String reason, LocalDate expectedOn) {
    this.delayReason = reason;
    this.expectedAnswerOn = expectedOn;
    this.delayNoticesSent++;
  }

  void recordAnswer(LocalDate sentOn, Outcome outcome, String category, BigDecimal amountAtStake) {
    recordAnswerDate(sentOn);
    this.outcome = outcome;
    this.category = category;
    this.amountAtStake = amountAtStake;
    this.status = ComplaintStatus.ANSWERED;
  }

  /** The written confirmation of a settlement at first contact answers the complaint. */
  void recordSettlement(LocalDate confirmedOn) {
    recordAnswerDate(confirmedOn);
  }

  private void recordAnswerDate(LocalDate sentOn) {
    this.answerSentOn = sentOn;
    this.answerDays = (int) java.time.temporal.ChronoUnit.DAYS.between(startDate, sentOn);
    this.answeredInTime = !sentOn.isAfter(answerDueOn);
    // an answer within the acknowledgement period stands for the acknowledgement
    judgeAcknowledgement(sentOn);
  }

  void giveTrackingToken(String tokenHash) {
    this.trackingTokenHash = tokenHash;
  }

  boolean hasTrackingToken() {
    return trackingTokenHash != null;
  }

  void recordMediatorReferral(LocalDate referredOn, boolean admissible) {
    this.mediatorReferredOn = referredOn;
    this.mediatorReferralAdmissible = admissible;
    if (admissible) {
      enterLevel(3, ComplaintStatus.WITH_MEDIATOR);
    }
  }

  void recordMediatorProposal(LocalDate proposedOn, String proposal) {
    this.mediatorProposalOn = proposedOn;
    this.mediatorProposal = proposal;
  }

  void recordProposalResponse(boolean accepted) {
    this.mediatorProposalAccepted = accepted;
  }

  void close(LocalDate closedOn, Outcome outcome) {
    this.closedOn = closedOn;
    if (outcome != null) {
      this.outcome = outcome;
    }
    this.status = ComplaintStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getFirm() {
    return firm;
  }

  public Channel getChannel() {
    return channel;
  }

  public Complainant getComplainant() {
    return complainant;
  }

  public String getContractReference() {
    return contractReference;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public String getCategory() {
    return category;
  }

  public BigDecimal getAmountAtStake() {
    return amountAtStake;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public int getEntryLevel() {
    return entryLevel;
  }

  public int getLevelReached() {
    return levelReached;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public LocalDate getAcknowledgementDueOn() {
    return acknowledgementDueOn;
  }

  public LocalDate getAcknowledgementSentOn() {
    return acknowledgementSentOn;
  }

  public LocalDate getAnswerDueOn() {
    return answerDueOn;
  }

  public LocalDate getAnswerSentOn() {
    return answerSentOn;
  }

  public String getDelayReason() {
    return delayReason;
  }

  public LocalDate getExpectedAnswerOn() {
    return expectedAnswerOn;
  }

  public int getDelayNoticesSent() {
    return delayNoticesSent;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public LocalDate getMediationOpensOn() {
    return mediationOpensOn;
  }

  public LocalDate getMediationClosesOn() {
    return mediationClosesOn;
  }

  public LocalDate getMediatorReferredOn() {
    return mediatorReferredOn;
  }

  public Boolean getMediatorReferralAdmissible() {
    return mediatorReferralAdmissible;
  }

  public LocalDate getMediatorProposalOn() {
    return mediatorProposalOn;
  }

  public String getMediatorProposal() {
    return mediatorProposal;
  }

  public Boolean getAcknowledgedInTime() {
    return acknowledgedInTime;
  }

  public Boolean getAnsweredInTime() {
    return answeredInTime;
  }

  public Integer getAnswerDays() {
    return answerDays;
  }

  public Boolean getMediatorProposalAccepted() {
    return mediatorProposalAccepted;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
