package fr.escalade.deadline;

import fr.escalade.firm.CalendarSettings;

import fr.escalade.firm.Firm;
import java.time.LocalDate;
import java.time.LocalTime;
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
        start.plus(firm.mediationOpensAfter()),
        start.plusYears(MEDIATION_WINDOW_YEARS),
        calendar.subtractWorkingDays(acknowledgementDue, reminders.acknowledgementDaysBefore()),
        calendar.subtractWorkingDays(answerDue, reminders.answerDaysBefore()));
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
