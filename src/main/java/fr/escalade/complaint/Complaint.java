package fr.escalade.complaint;

import fr.escalade.deadline.ComplaintDeadlines;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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
      @Index(name = "ix_complaint_tracking_token", columnList = "tracking_token_hash", unique = true),
      // the annual file for an insurer: its complaints of a year
      @Index(name = "ix_complaint_insurer_start_date", columnList = "insurer, start_date")
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

  @Embedded private Deadlines deadlines;

  @Embedded private Delay delay;

  // eager, by one query per list of complaints: views, letters and the CSV read them outside the
  // transaction that loaded the complaint
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "delay_notice", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "notice_order")
  private List<DelayNotice> delayNotices = new ArrayList<>();

  /** Null when Hibernate loads a complaint not answered yet: all its columns are empty. */
  @Embedded private Answer answer;

  /** How the complaint ended for the client: set by the answer, or on closing without one. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  /** How the firm's handling ended (settled, answered, withdrawn…); null while it goes on. */
  @Enumerated(EnumType.STRING)
  @Column(name = "handling_outcome", length = 30)
  private HandlingOutcome handlingOutcome;

  @Embedded private Mediation mediation;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "mediator_referral", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "referral_order")
  private List<MediatorReferral> mediatorReferrals = new ArrayList<>();

  /**
   * The identifier of the mediator the complaint goes to ({@code escalade.mediators.<id>}): the
   * firm's default when it is registered, changed by staff for a product another mediator covers.
   */
  @Column(name = "mediator", nullable = false, length = 40)
  private String mediator;

  /**
   * The insurer the complaint concerns, to whose complaints service it was forwarded
   * ({@code escalade.firms.<firm>.insurers.<id>}); null while it concerns the firm only.
   */
  @Column(name = "insurer", length = 40)
  private String insurer;

  /** The product line of the contract concerned ({@code escalade.product-lines}), recorded with the insurer. */
  @Column(name = "product_line", length = 40)
  private String productLine;

  /** The day the complaint was forwarded to the insurer. */
  @Column(name = "insurer_referred_on")
  private LocalDate insurerReferredOn;

  /** SHA-256 of the client's tracking token: the token itself is only ever shown to the client. */
  @Column(name = "tracking_token_hash", length = 64)
  private String trackingTokenHash;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  /**
   * How staff qualified the message, with their note, who they were and the day (the firm's): the
   * requests are reviewed by supervisors, and a complaint's qualification is kept too. Null until
   * the message is qualified.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "qualified_as", length = 10)
  private Qualification qualifiedAs;

  @Column(name = "qualification_note", length = 2000)
  private String qualificationNote;

  @Column(name = "qualified_by", length = 64)
  private String qualifiedBy;

  @Column(name = "qualified_on")
  private LocalDate qualifiedOn;

  /** When the client's personal data was erased at the end of the retention period; null until then. */
  @Column(name = "erased_on")
  private LocalDate erasedOn;

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
      ComplaintDeadlines plan,
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
    this.startDate = plan.startDate();
    this.deadlines = new Deadlines(plan.acknowledgementDue(), plan.answerDue());
    this.delay = Delay.none();
    this.answer = Answer.none();
    this.mediation = new Mediation(plan.mediationOpens(), plan.mediationCloses());
    this.registeredAt = registeredAt;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The last qualification counts: a message qualified again (at another level) keeps the latest. */
  void recordQualification(Qualification as, String note, String by, LocalDate on) {
    this.qualifiedAs = as;
    this.qualificationNote = note;
    this.qualifiedBy = by;
    this.qualifiedOn = on;
  }

  void enterLevel(int level, ComplaintStatus status) {
    this.levelReached = Math.max(levelReached, level);
    this.status = status;
  }

  /** The day the acknowledgement letter left. */
  void recordAcknowledgementSent(LocalDate sentOn) {
    deadlines.recordAcknowledgement(sentOn);
  }

  void markAcknowledgementAutomatic() {
    deadlines.markAcknowledgementAutomatic();
  }

  /** Keeps the notice beside the earlier ones; it is late when sent after the answer deadline. */
  /**
   * A notice is late when it leaves after the date the client was last given: the answer deadline,
   * or the date an earlier notice promised (a second notice before that date is in time).
   */
  DelayNotice recordDelayNotice(LocalDate sentOn, String reason, LocalDate expectedOn) {
    LocalDate promised = delay.getExpectedAnswerOn();
    LocalDate dueBy = promised != null && promised.isAfter(deadlines.getAnswerDueOn()) ? promised : deadlines.getAnswerDueOn();
    DelayNotice notice = new DelayNotice(sentOn, reason, expectedOn, sentOn.isAfter(dueBy));
    delayNotices.add(notice);
    delay.recordNotice(reason, expectedOn);
    return notice;
  }

  /** The answer as written; the day it left is recorded when it does ({@link #recordAnswerSent}). */
  void recordAnswer(Outcome outcome, String category, BigDecimal amountAtStake) {
    if (answer == null) {
      answer = Answer.none();
    }
    answer.record(category, amountAtStake);
    this.outcome = outcome;
    // answered while the mediator has the case: the mediation stays in view until it ends
    this.status = status == ComplaintStatus.WITH_MEDIATOR ? ComplaintStatus.WITH_MEDIATOR : ComplaintStatus.ANSWERED;
  }

  /**
   * The day the answer left: the reasoned answer, or the written confirmation of a settlement at
   * first contact, which answers the complaint too.
   */
  void recordAnswerSent(LocalDate sentOn) {
    deadlines.recordAnswer(sentOn, startDate);
  }

  void giveTrackingToken(String tokenHash) {
    this.trackingTokenHash = tokenHash;
  }

  boolean hasTrackingToken() {
    return trackingTokenHash != null;
  }

  /**
   * Records a referral whenever the client makes it: the complaint goes to level 3 — reopened if it
   * was closed — with a warning when the referral looks premature or late to the firm.
   */
  MediatorReferral recordMediatorReferral(LocalDate filedOn, LocalDate receivedOn) {
    LocalDate referredOn = filedOn != null ? filedOn : receivedOn;
    MediatorReferral referral = new MediatorReferral(filedOn, receivedOn, warningFor(referredOn));
    mediatorReferrals.add(referral);
    mediation.recordReferral(referral);
    closedOn = null;
    enterLevel(3, ComplaintStatus.WITH_MEDIATOR);
    return referral;
  }

  /**
   * What makes a referral look inadmissible (the mediator's charter): no written complaint before it,
   * more than a year after it, or before mediation opens while the firm has not answered — an answer
   * the client contests opens mediation at once.
   */
  private ReferralWarning warningFor(LocalDate referredOn) {
    if (outcome == Outcome.NOT_A_COMPLAINT) {
      return ReferralWarning.NOT_A_COMPLAINT;
    }
    if (referredOn.isAfter(mediation.getClosesOn())) {
      return ReferralWarning.LATE;
    }
    // answered by then: its answer had left, or it is written and leaving when it carries no date yet
    LocalDate answerSentOn = deadlines.getAnswerSentOn();
    boolean answered = answerSentOn != null ? !answerSentOn.isAfter(referredOn) : outcome != null;
    if (referredOn.isBefore(mediation.getOpensOn()) && !answered) {
      return ReferralWarning.PREMATURE;
    }
    return null;
  }

  void recordMediatorProposal(LocalDate proposedOn, String proposal) {
    mediation.recordProposal(proposedOn, proposal);
  }

  void recordProposalResponse(boolean accepted) {
    mediation.recordProposalResponse(accepted);
  }

  void planMediatorFile(LocalDate dueOn) {
    mediation.planFile(dueOn);
  }

  void recordMediatorFileSent(LocalDate sentOn, LocalDate proposalDueOn) {
    mediation.recordFileSent(sentOn, proposalDueOn);
  }

  void extendMediatorProposal(LocalDate newDueOn) {
    mediation.extendProposal(newDueOn);
  }

  void planProposalResponse(LocalDate dueOn) {
    mediation.planProposalResponse(dueOn);
  }

  void recordMediationEnding(MediationEnding ending, LocalDate endedOn) {
    mediation.recordEnding(ending, endedOn);
  }

  void reopenContestedSettlement() {
    closedOn = null;
    outcome = null;
    handlingOutcome = null;
    deadlines.forgetAnswer();
    enterLevel(2, ComplaintStatus.WITH_COMPLAINTS_SERVICE);
  }

  void close(LocalDate closedOn, HandlingOutcome handled) {
    this.closedOn = closedOn;
    if (handled != null) {
      this.handlingOutcome = handled;
      if (handled.closingOutcome() != null) {
        this.outcome = handled.closingOutcome();
      }
    }
    this.status = ComplaintStatus.CLOSED;
  }

  /** What the complaint is about, recorded by whichever step ends it (an answer, a settlement). */
  void recordCategory(String category) {
    if (answer == null) {
      answer = Answer.none();
    }
    answer.record(category, answer.getAmountAtStake());
  }

  /** The day a deadline of this complaint falls on; null while the step it belongs to has not begun. */
  public LocalDate dueOn(Deadline deadline) {
    return switch (deadline) {
      case ACKNOWLEDGEMENT, ANSWER -> deadlines.dueOn(deadline);
      case PROMISED_ANSWER -> delay.getExpectedAnswerOn();
      case MEDIATOR_FILE, MEDIATOR_PROPOSAL, PROPOSAL_RESPONSE -> mediation.dueOn(deadline);
    };
  }

  /** Forwarded to the insurer's complaints service on {@code referredOn}; the firm keeps handling its own part. */
  void recordInsurerReferral(LocalDate referredOn, String insurer, String productLine) {
    if (this.insurer != null) {
      throw new IllegalStateException("Complaint " + reference + " was already forwarded to insurer " + this.insurer);
    }
    this.insurer = insurer;
    this.productLine = productLine;
    this.insurerReferredOn = referredOn;
  }

  void changeMediator(String mediator) {
    this.mediator = mediator;
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

  public Deadlines getDeadlines() {
    return deadlines;
  }

  public Delay getDelay() {
    return delay;
  }

  /** Every delay notice sent, oldest first. */
  public List<DelayNotice> getDelayNotices() {
    return Collections.unmodifiableList(delayNotices);
  }

  /** Every referral to the mediator the firm learnt of, oldest first. */
  public List<MediatorReferral> getMediatorReferrals() {
    return Collections.unmodifiableList(mediatorReferrals);
  }

  public Answer getAnswer() {
    return answer == null ? Answer.none() : answer;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public HandlingOutcome getHandlingOutcome() {
    return handlingOutcome;
  }

  public Mediation getMediation() {
    return mediation;
  }

  /*
   * The letters' templates, which process owners edit, name these dates as the complaint's own
   * (${complaint.answerDueOn}); they read through to the values above.
   */

  public LocalDate getAcknowledgementDueOn() {
    return deadlines.getAcknowledgementDueOn();
  }

  public LocalDate getAnswerDueOn() {
    return deadlines.getAnswerDueOn();
  }

  public LocalDate getAnswerSentOn() {
    return deadlines.getAnswerSentOn();
  }

  public LocalDate getMediationOpensOn() {
    return mediation.getOpensOn();
  }

  public LocalDate getMediationClosesOn() {
    return mediation.getClosesOn();
  }

  public LocalDate getMediatorReferredOn() {
    return mediation.getReferredOn();
  }

  public LocalDate getMediatorProposalOn() {
    return mediation.getProposalOn();
  }

  public String getMediatorProposal() {
    return mediation.getProposal();
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LocalDate getErasedOn() {
    return erasedOn;
  }

  public String getMediator() {
    return mediator;
  }

  public String getInsurer() {
    return insurer;
  }

  public String getProductLine() {
    return productLine;
  }

  public LocalDate getInsurerReferredOn() {
    return insurerReferredOn;
  }

  public Qualification getQualifiedAs() {
    return qualifiedAs;
  }

  public String getQualificationNote() {
    return qualificationNote;
  }

  public String getQualifiedBy() {
    return qualifiedBy;
  }

  public LocalDate getQualifiedOn() {
    return qualifiedOn;
  }
}
