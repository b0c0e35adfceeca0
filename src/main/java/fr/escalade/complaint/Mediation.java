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
    this.referralAdmissible = null;
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
}
