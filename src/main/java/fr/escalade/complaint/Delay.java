package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The delays announced to the client: how many notices, and the last one's reason and date. */
@Embeddable
public class Delay {

  @Column(name = "delay_reason", length = 2000)
  private String reason;

  @Column(name = "expected_answer_on")
  private LocalDate expectedAnswerOn;

  @Column(name = "delay_notices_sent", nullable = false)
  private int noticesSent;

  protected Delay() {}

  static Delay none() {
    return new Delay();
  }

  /** Whether the client was told of any delay. */
  public boolean isAnnounced() {
    return noticesSent > 0;
  }

  void recordNotice(String reason, LocalDate expectedAnswerOn) {
    this.reason = reason;
    this.expectedAnswerOn = expectedAnswerOn;
    this.noticesSent++;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getExpectedAnswerOn() {
    return expectedAnswerOn;
  }

  public int getNoticesSent() {
    return noticesSent;
  }
}
