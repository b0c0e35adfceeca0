package fr.escalade.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The figures a supervisor and the regulator look at, for the complaints of one firm (or all) whose
 * start date falls in a period. Shares are between 0 and 1, null when nothing was due yet.
 *
 * @param received every message registered as a complaint, requests included
 * @param notComplaints those qualified as simple requests rather than complaints
 * @param open complaints of the period whose client still waits for the answer: not yet answered
 *     nor closed, or answered in writing but the letter has not left
 * @param overdue open complaints past an acknowledgement or answer deadline they have not met (a
 *     deadline is met by the day its letter left, not the day it was written)
 * @param correctiveActions the firm's actions as they stand today, whatever the period
 * @param answersNotSent open complaints whose answer is written but has not left (to print, or
 *     undeliverable): answered, not yet sent, and not counted as answered in time
 */
public record Kpis(
    String firm,
    LocalDate from,
    LocalDate to,
    LocalDate today,
    long received,
    long notComplaints,
    Map<String, Long> byChannel,
    Map<Integer, Long> byLevelReached,
    Map<String, Long> byOutcome,
    OnTime acknowledgedInTime,
    OnTime answeredInTime,
    DaysToAnswer daysToAnswer,
    long open,
    long overdue,
    Mediation mediation,
    List<DysfunctionCount> topDysfunctions,
    CorrectiveActionCounts correctiveActions,
    List<Month> months,
    long answersNotSent) {

  /** Of the complaints whose deadline has passed or that met it already, how many met it. */
  public record OnTime(long due, long onTime, Double share) {

    static OnTime of(long due, long onTime) {
      return new OnTime(due, onTime, due == 0 ? null : (double) onTime / due);
    }
  }

  /** Calendar days from the start date to the answer, over the complaints answered. */
  public record DaysToAnswer(long answered, Integer median, Integer p90) {}

  /** Referrals to the mediator and what came of them. */
  public record Mediation(long referred, long inadmissible, long proposals, long proposalsAccepted, long proposalsRefused) {}

  public record DysfunctionCount(String category, String label, long count) {}

  public record CorrectiveActionCounts(long open, long overdue, long done) {}

  /** One month of start dates: volumes and on-time rates. */
  public record Month(YearMonth month, long received, OnTime acknowledgedInTime, OnTime answeredInTime) {}
}
