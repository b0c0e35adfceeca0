package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * One referral of the complaint to the mediator, as the firm learnt of it. Every referral is kept:
 * a premature one the mediator sends back does not hide the later one it takes up.
 */
@Embeddable
public class MediatorReferral {

  /** The day the client filed it with the mediator, when the firm knows it. */
  @Column(name = "filed_on")
  private LocalDate filedOn;

  /** The day the firm learnt of it. */
  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ReferralWarning warning;

  protected MediatorReferral() {}

  MediatorReferral(LocalDate filedOn, LocalDate receivedOn, ReferralWarning warning) {
    this.filedOn = filedOn;
    this.receivedOn = receivedOn;
    this.warning = warning;
  }

  /** The date the regulation's periods are judged on: the filing, else the firm's receipt. */
  public LocalDate referredOn() {
    return filedOn != null ? filedOn : receivedOn;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public ReferralWarning getWarning() {
    return warning;
  }
}
