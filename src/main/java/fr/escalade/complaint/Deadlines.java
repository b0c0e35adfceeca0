package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The acknowledgement and answer a complaint is owed: when each is due, when it went out, and
 * whether it went out in time. The in-time flags and the days to answer are kept, rather than
 * computed, so that the reports count.
 */
@Embeddable
public class Deadlines {

  @Column(name = "acknowledgement_due_on", nullable = false)
  private LocalDate acknowledgementDueOn;

  @Column(name = "acknowledgement_sent_on")
  private LocalDate acknowledgementSentOn;

  @Column(name = "answer_due_on", nullable = false)
  private LocalDate answerDueOn;

  @Column(name = "answer_sent_on")
  private LocalDate answerSentOn;

  /** Null until the acknowledgement or the answer has left; the first of them to leave decides. */
  @Column(name = "acknowledged_in_time")
  private Boolean acknowledgedInTime;

  @Column(name = "answered_in_time")
  private Boolean answeredInTime;

  /** Escalade sent the acknowledgement itself: nobody had when its reminder fell due. */
  @Column(name = "acknowledgement_automatic")
  private Boolean acknowledgementAutomatic;

  /** Calendar days from the start date to the answer, for the reporting percentiles. */
  @Column(name = "answer_days")
  private Integer answerDays;

  protected Deadlines() {}

  Deadlines(LocalDate acknowledgementDueOn, LocalDate answerDueOn) {
    this.acknowledgementDueOn = acknowledgementDueOn;
    this.answerDueOn = answerDueOn;
  }

  /** The last day to meet the acknowledgement or the answer deadline. */
  public LocalDate dueOn(Deadline deadline) {
    return switch (deadline) {
      case ACKNOWLEDGEMENT -> acknowledgementDueOn;
      case ANSWER -> answerDueOn;
      default -> throw new IllegalArgumentException(deadline + " is not a deadline of the firm's handling");
    };
  }

  /**
   * The day the acknowledgement was given: the acknowledgement's own, or else the answer's when it
   * came within the acknowledgement period and so stood for it; null while neither did.
   */
  public LocalDate acknowledgedOn() {
    if (acknowledgementSentOn != null) {
      return acknowledgementSentOn;
    }
    return answerSentOn != null && !answerSentOn.isAfter(acknowledgementDueOn) ? answerSentOn : null;
  }

  /*
   * The sent dates are the days letters left (e-mail accepted by the SMTP server, postal letter
   * printed), recorded as they leave; the first to leave sets them, later letters do not move them.
   */

  void recordAcknowledgement(LocalDate sentOn) {
    if (acknowledgementSentOn == null) {
      acknowledgementSentOn = sentOn;
    }
    judgeAcknowledgement(sentOn);
  }

  /** A contested settlement: its confirmation no longer answers the complaint; the next answer will. */
  void forgetAnswer() {
    answerSentOn = null;
    answeredInTime = null;
    answerDays = null;
  }

  void markAcknowledgementAutomatic() {
    acknowledgementAutomatic = true;
  }

  public boolean isAcknowledgementAutomatic() {
    return Boolean.TRUE.equals(acknowledgementAutomatic);
  }

  void recordAnswer(LocalDate sentOn, LocalDate startDate) {
    if (answerSentOn != null) {
      return;
    }
    answerSentOn = sentOn;
    answerDays = (int) ChronoUnit.DAYS.between(startDate, sentOn);
    answeredInTime = !sentOn.isAfter(answerDueOn);
    // an answer within the acknowledgement period stands for the acknowledgement
    judgeAcknowledgement(sentOn);
  }

  /** The first of acknowledgement and answer decides whether the acknowledgement came in time. */
  private void judgeAcknowledgement(LocalDate sentOn) {
    if (acknowledgedInTime == null) {
      acknowledgedInTime = !sentOn.isAfter(acknowledgementDueOn);
    }
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

  public Boolean getAcknowledgedInTime() {
    return acknowledgedInTime;
  }

  public Boolean getAnsweredInTime() {
    return answeredInTime;
  }

  public Integer getAnswerDays() {
    return answerDays;
  }
}
