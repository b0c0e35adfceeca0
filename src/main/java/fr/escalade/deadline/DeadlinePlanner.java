package fr.escalade.deadline;

import fr.escalade.firm.CalendarSettings;

import fr.escalade.firm.Firm;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Computes the deadlines of a complaint by the rules of {@code shared/domain.md}: acknowledgement
 * on the n-th working day after the start date, answer n months later by day number (clamped to the
 * month's end), never moved later because a deadline falls on a Sunday or a holiday.
 */
@Component
public class DeadlinePlanner {

  private static final int MEDIATION_WINDOW_YEARS = 1;
  /** The regulation's period without an answer after which the client may go to the mediator. */
  private static final Period MEDIATION_PERIOD = Period.ofMonths(2);

  private final ReminderProperties reminders;
  private final Map<CalendarSettings, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

  public DeadlinePlanner(ReminderProperties reminders) {
    this.reminders = reminders;
  }

  public ComplaintDeadlines plan(Firm firm, LocalDate sentOn, LocalDate receivedOn) {
    LocalDate start = startDate(sentOn, receivedOn);
    CalendarSettings settings = firm.calendar();
    WorkingDayCalendar calendar = calendarOf(settings);
    LocalDate acknowledgementDue = calendar.addWorkingDays(start, settings.acknowledgementDays());
    LocalDate answerDue = start.plusMonths(settings.answerMonths());
    return new ComplaintDeadlines(
        start,
        acknowledgementDue,
        answerDue,
        mediationOpens(start, firm.mediationOpensAfter()),
        start.plusYears(MEDIATION_WINDOW_YEARS),
        calendar.subtractWorkingDays(acknowledgementDue, reminders.acknowledgementDaysBefore()),
        calendar.subtractWorkingDays(answerDue, reminders.answerDaysBefore()),
        calendar.lastWorkingDayOnOrBefore(acknowledgementDue),
        calendar.lastWorkingDayOnOrBefore(answerDue));
  }

  /**
   * The day after the period without an answer ends: the firm may still answer on its last day.
   * A firm that publishes a shorter period than the regulation's 2 months (Asekkey: 60 days) is held
   * to it; both are counted the same way from the start date (months by day number, clamped to the
   * month's end), and the earlier end wins.
   */
  static LocalDate mediationOpens(LocalDate start, Period publishedPeriod) {
    LocalDate regulationEnd = start.plus(MEDIATION_PERIOD);
    LocalDate publishedEnd = start.plus(publishedPeriod);
    LocalDate periodEnd = publishedEnd.isBefore(regulationEnd) ? publishedEnd : regulationEnd;
    return periodEnd.plusDays(1);
  }

  /**
   * The date the firm aims for to meet a legal deadline: the deadline itself when it is a working
   * day of the firm's calendar, else the last working day before it. The register keeps the legal
   * date; letters, forms and reminders show this one.
   */
  public LocalDate target(Firm firm, LocalDate legalDate) {
    return calendarOf(firm.calendar()).lastWorkingDayOnOrBefore(legalDate);
  }

  /**
   * When agents are reminded of the answer date a delay notice announced: some working days before
   * it, or on its morning when that is already past.
   */
  public Date promisedAnswerReminder(Firm firm, LocalDate promisedOn, Instant now) {
    ZoneId zone = firm.calendar().timeZone();
    LocalDate day = calendarOf(firm.calendar()).subtractWorkingDays(promisedOn, reminders.promisedAnswerDaysBefore());
    Date reminder = reminderTime(day, zone);
    return reminder.toInstant().isBefore(now) ? reminderTime(promisedOn, zone) : reminder;
  }

  /**
   * The answer deadline's escalation as an ISO 8601 repeating interval: at the end of the deadline
   * day, then every configured period for as long as the complaint waits for its answer.
   */
  public String answerEscalationCycle(LocalDate answerDue, ZoneId zone, Instant now) {
    // a cycle that starts in the past (or before its timer is created, later in the same
    // transaction) fires only at its next repetition: a complaint registered after its deadline is
    // escalated within seconds instead, then every period
    Instant start = endOf(answerDue, zone).toInstant();
    return "R/" + (start.isAfter(now) ? start : now.plusSeconds(10).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + "/" + reminders.answerEscalationEvery();
  }

  /** The day agents are reminded of the acknowledgement deadline: working days before it. */
  public LocalDate acknowledgementReminder(Firm firm, LocalDate acknowledgementDue) {
    return calendarOf(firm.calendar()).subtractWorkingDays(acknowledgementDue, reminders.acknowledgementDaysBefore());
  }

  /** The day agents are reminded of the answer deadline: working days before it. */
  public LocalDate answerReminder(Firm firm, LocalDate answerDue) {
    return calendarOf(firm.calendar()).subtractWorkingDays(answerDue, reminders.answerDaysBefore());
  }

  /** The day agents are reminded that the mediator's file is due: working days before, never later. */
  public LocalDate mediatorFileReminder(Firm firm, LocalDate fileDue) {
    return calendarOf(firm.calendar()).subtractWorkingDays(fileDue, reminders.mediatorFileDaysBefore());
  }

  /** The clocks run from the sending date; the receipt date stands in when that is unknown. */
  public static LocalDate startDate(LocalDate sentOn, LocalDate receivedOn) {
    if (sentOn != null) {
      return sentOn;
    }
    if (receivedOn != null) {
      return receivedOn;
    }
    throw new IllegalArgumentException("A complaint needs a sending or a receipt date");
  }

  private WorkingDayCalendar calendarOf(CalendarSettings settings) {
    return calendars.computeIfAbsent(settings, WorkingDayCalendar::new);
  }

  /** The instant a deadline day is over where the firm works: midnight at the end of that day. */
  public static Date endOf(LocalDate day, ZoneId zone) {
    return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The instant a day begins where the firm works. */
  public static Date startOf(LocalDate day, ZoneId zone) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** The instant reminders go out on a given day where the firm works. */
  public Date reminderTime(LocalDate day, ZoneId zone) {
    LocalTime time = reminders.timeOfDay();
    return Date.from(day.atTime(time).atZone(zone).toInstant());
  }
}
