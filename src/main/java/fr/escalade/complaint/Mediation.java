package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

  @Column(name = "mediator_referral_admissible")
  private Boolean referralAdmissible;

  @Column(name = "mediator_proposal_on")
  private LocalDate proposalOn;

  @Column(name = "mediator_proposal", length = 10_000)
  private String proposal;

  @Column(name = "mediator_proposal_accepted")
  private Boolean proposalAccepted;

  protected Mediation() {}

  Mediation(LocalDate opensOn, LocalDate closesOn) {
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  /** Whether a referral received that day is admissible: not before mediation opens, not after it closes. */
  public boolean admits(LocalDate referredOn) {
    return !referredOn.isBefore(opensOn) && !referredOn.isAfter(closesOn);
  }

  /** Whether the client referred the complaint to the mediator, admissibly or not. */
  public boolean isReferred() {
    return referredOn != null;
  }

  /** Whether the mediator took the complaint up: it was referred, and admissibly. */
  public boolean isUnderWay() {
    return referredOn != null && Boolean.TRUE.equals(referralAdmissible);
  }

  void recordReferral(LocalDate referredOn, boolean admissible) {
    this.referredOn = referredOn;
    this.referralAdmissible = admissible;
  }

  void recordProposal(LocalDate proposedOn, String proposal) {
    this.proposalOn = proposedOn;
    this.proposal = proposal;
  }

  void recordProposalResponse(boolean accepted) {
    this.proposalAccepted = accepted;
  }

  /** The day a deadline of the mediation stage falls on; null until that step has begun. */
  LocalDate dueOn(Deadline deadline) {
    // filled in with the mediation stage's dates (file, proposal, response)
    return null;
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
}
