package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One notice telling the client the answer will be late: when, why, and the date it announced. */
@Embeddable
public class DelayNotice {

  /** Null only for a notice recorded before each notice was kept (one summary per complaint then). */
  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(name = "expected_on", nullable = false)
  private LocalDate expectedOn;

  /**
   * Sent after the date the client was last given (the answer deadline, or the date an earlier
   * notice promised): the client was told too late, supervisors were alerted.
   */
  @Column(nullable = false)
  private boolean late;

  protected DelayNotice() {}

  DelayNotice(LocalDate sentOn, String reason, LocalDate expectedOn, boolean late) {
    this.sentOn = sentOn;
    this.reason = reason;
    this.expectedOn = expectedOn;
    this.late = late;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getExpectedOn() {
    return expectedOn;
  }

  public boolean isLate() {
    return late;
  }
}
