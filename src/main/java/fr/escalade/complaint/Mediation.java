package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The client's recourse to the mediator: the period a referral is admissible in, the referral, the
 * mediator's proposal and the firm's response to it.
 */
@Embeddable
public class Mediation {

  @Column(name = "mediation_opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "mediation_closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(name = "mediator_referred_on")
  private LocalDate referredOn;

  @Column(name = "mediator_referral_filed_on")
  private LocalDate referralFiledOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "mediator_referral_warning", length = 20)
  private ReferralWarning referralWarning;

  /** The mediator's judgement, null until the mediator takes the case up or declares it inadmissible. */
  @Column(name = "mediator_referral_admissible")
  private Boolean referralAdmissible;

  @Column(name = "mediator_proposal_on")
  private LocalDate proposalOn;

  @Column(name = "mediator_proposal", length = 10_000)
  private String proposal;

  @Column(name = "mediator_proposal_accepted")
  private Boolean proposalAccepted;

  // the mediation stage, as it is watched (processes/complaint-mediation.bpmn)

  @Column(name = "mediator_file_due_on")
  private LocalDate fileDueOn;

  @Column(name = "mediator_file_sent_on")
  private LocalDate fileSentOn;

  /** 90 days after the file is complete, or the later date the mediator set for a complex case. */
  @Column(name = "mediator_proposal_due_on")
  private LocalDate proposalDueOn;

  @Column(name = "mediator_proposal_extended")
  private Boolean proposalExtended;

  @Column(name = "proposal_response_due_on")
  private LocalDate proposalResponseDueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "mediation_ending", length = 20)
  private MediationEnding ending;

  @Column(name = "mediation_ended_on")
  private LocalDate endedOn;

  protected Mediation() {}

  Mediation(LocalDate opensOn, LocalDate closesOn) {
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  /** Whether the client referred the complaint to the mediator. */
  public boolean isReferred() {
    return referredOn != null;
  }

  /** The latest referral: the day the firm learnt of it, the day it was filed, the firm's warning. */
  void recordReferral(MediatorReferral referral) {
    this.referredOn = referral.getReceivedOn();
    this.referralFiledOn = referral.getFiledOn();
    this.referralWarning = referral.getWarning();
    // a new referral is a new mediation: the mediator has yet to judge it
    this.referralAdmissible = null;
    this.ending = null;
    this.endedOn = null;
  }

  /** A proposal means the mediator found the referral admissible. */
  void recordProposal(LocalDate proposedOn, String proposal) {
    this.proposalOn = proposedOn;
    this.proposal = proposal;
    this.referralAdmissible = true;
  }

  void recordProposalResponse(boolean accepted) {
    this.proposalAccepted = accepted;
  }

  void planFile(LocalDate dueOn) {
    this.fileDueOn = dueOn;
  }

  void recordFileSent(LocalDate sentOn, LocalDate proposalDueOn) {
    this.fileSentOn = sentOn;
    this.proposalDueOn = proposalDueOn;
  }

  /** The mediator gave itself more time for a complex case: the new date replaces the old one. */
  void extendProposal(LocalDate newDueOn) {
    this.proposalDueOn = newDueOn;
    this.proposalExtended = true;
  }

  void planProposalResponse(LocalDate dueOn) {
    this.proposalResponseDueOn = dueOn;
  }

  /** How the mediation ended; a case the mediator closed tells whether it found the referral admissible. */
  void recordEnding(MediationEnding ending, LocalDate endedOn) {
    this.ending = ending;
    this.endedOn = endedOn;
    if (ending.isClosedByMediator()) {
      this.referralAdmissible = ending != MediationEnding.INADMISSIBLE;
    }
  }

  /** The day a deadline of the mediation stage falls on; null until that step has begun. */
  LocalDate dueOn(Deadline deadline) {
    return switch (deadline) {
      case MEDIATOR_FILE -> fileDueOn;
      case MEDIATOR_PROPOSAL -> proposalDueOn;
      case PROPOSAL_RESPONSE -> proposalResponseDueOn;
      default -> null;
    };
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public LocalDate getReferredOn() {
    return referredOn;
  }

  public LocalDate getReferralFiledOn() {
    return referralFiledOn;
  }

  public ReferralWarning getReferralWarning() {
    return referralWarning;
  }

  public Boolean getReferralAdmissible() {
    return referralAdmissible;
  }

  public LocalDate getProposalOn() {
    return proposalOn;
  }

  public String getProposal() {
    return proposal;
  }

  public Boolean getProposalAccepted() {
    return proposalAccepted;
  }

  public LocalDate getFileDueOn() {
    return fileDueOn;
  }

  public LocalDate getFileSentOn() {
    return fileSentOn;
  }

  public LocalDate getProposalDueOn() {
    return proposalDueOn;
  }

  public Boolean getProposalExtended() {
    return proposalExtended;
  }

  public LocalDate getProposalResponseDueOn() {
    return proposalResponseDueOn;
  }

  public MediationEnding getEnding() {
    return ending;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }
}
