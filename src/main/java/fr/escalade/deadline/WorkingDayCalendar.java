package fr.escalade.deadline;

import fr.escalade.firm.CalendarSettings;
import fr.escalade.firm.DayUnit;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;

/** Counts working days (jours ouvrables or ouvrés) in the holiday calendar of one place. */
public final class WorkingDayCalendar {

  private final HolidayManager holidays;
  private final String[] subdivision;
  private final DayUnit unit;

  public WorkingDayCalendar(CalendarSettings settings) {
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(settings.holidays()));
    this.subdivision =
        settings.subdivision() == null || settings.subdivision().isBlank()
            ? new String[0]
            : new String[] {settings.subdivision().trim()};
    this.unit = settings.dayUnit();
  }

  public boolean isWorkingDay(LocalDate day) {
    return !unit.isRestDay(day.getDayOfWeek()) && !holidays.isHoliday(day, subdivision);
  }

  /** The {@code count}-th working day after {@code start}; the start day itself is not counted. */
  public LocalDate addWorkingDays(LocalDate start, int count) {
    LocalDate day = start;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The working day that lies {@code count} working days before {@code deadline}: a reminder
   * on that day leaves {@code count} working days to act, the deadline included when it is one.
   */
  public LocalDate subtractWorkingDays(LocalDate deadline, int count) {
    LocalDate day = deadline;
    int counted = 0;
    while (counted < count) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last working day on or before {@code day}: the date the firm aims for when a deadline falls
   * on a rest day or a holiday, since a deadline is never moved later. With jours ouvrables a
   * Saturday deadline stays where it is.
   */
  public LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
    LocalDate target = day;
    while (!isWorkingDay(target)) {
      target = target.minusDays(1);
    }
    return target;
  }
}
