package fr.escalade.deadline;

import fr.escalade.firm.CalendarSettings;
import fr.escalade.firm.DayUnit;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

  private static WorkingDayCalendar calendar(HolidayCalendar holidays, String subdivision, DayUnit unit) {
    return new WorkingDayCalendar(new CalendarSettings(holidays, subdivision, ZoneId.of("Europe/Paris"), unit, 10, 2));
  }

  private final WorkingDayCalendar paris = calendar(HolidayCalendar.FRANCE, null, DayUnit.JOUR_OUVRABLE);
  private final WorkingDayCalendar moselle = calendar(HolidayCalendar.FRANCE, "57", DayUnit.JOUR_OUVRABLE);
  private final WorkingDayCalendar guadeloupe = calendar(HolidayCalendar.GUADELOUPE, null, DayUnit.JOUR_OUVRABLE);

  @Test
  void tenJoursOuvrablesAfterAMondayLandOnTheFridayOfTheFollowingWeek() {
    assertThat(paris.addWorkingDays(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void saturdaysAreJoursOuvrablesButNotJoursOuvres() {
    assertThat(paris.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
    assertThat(paris.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
    WorkingDayCalendar businessDays = calendar(HolidayCalendar.FRANCE, null, DayUnit.JOUR_OUVRE);
    assertThat(businessDays.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(businessDays.addWorkingDays(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void easterMondayIsSkippedAndGoodFridayOnlyInMoselle() {
    LocalDate maundyThursday = LocalDate.of(2026, 4, 2);
    assertThat(paris.addWorkingDays(maundyThursday, 10)).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(moselle.addWorkingDays(maundyThursday, 10)).isEqualTo(LocalDate.of(2026, 4, 16));
  }

  @Test
  void ascensionDayIsSkipped() {
    assertThat(paris.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse();
    assertThat(paris.addWorkingDays(LocalDate.of(2026, 5, 11), 10)).isEqualTo(LocalDate.of(2026, 5, 23));
  }

  @Test
  void whitMondayEverywhereAndTheAbolitionOfSlaveryInGuadeloupe() {
    LocalDate friday = LocalDate.of(2026, 5, 22);
    assertThat(paris.addWorkingDays(friday, 10)).isEqualTo(LocalDate.of(2026, 6, 4));
    assertThat(guadeloupe.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
    assertThat(paris.isWorkingDay(LocalDate.of(2026, 5, 27))).isTrue();
    assertThat(guadeloupe.addWorkingDays(friday, 10)).isEqualTo(LocalDate.of(2026, 6, 5));
  }

  @Test
  void theYearEndSkipsChristmasNewYearAndSaintStephenInMoselle() {
    LocalDate beforeChristmas = LocalDate.of(2026, 12, 23);
    assertThat(paris.addWorkingDays(beforeChristmas, 10)).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(moselle.addWorkingDays(beforeChristmas, 10)).isEqualTo(LocalDate.of(2027, 1, 7));
  }

  @Test
  void aReminderLeavesTheGivenNumberOfWorkingDaysBeforeTheDeadline() {
    assertThat(paris.subtractWorkingDays(LocalDate.of(2026, 3, 13), 3)).isEqualTo(LocalDate.of(2026, 3, 10));
    // 1 May is a holiday, 26 April a Sunday
    assertThat(paris.subtractWorkingDays(LocalDate.of(2026, 5, 2), 10)).isEqualTo(LocalDate.of(2026, 4, 20));
  }

  @Test
  void theLastWorkingDayOnOrBeforeADayStepsBackOverSundaysAndHolidaysOnly() {
    assertThat(paris.lastWorkingDayOnOrBefore(LocalDate.of(2026, 3, 7))).as("a Saturday").isEqualTo(LocalDate.of(2026, 3, 7));
    assertThat(paris.lastWorkingDayOnOrBefore(LocalDate.of(2026, 3, 8))).as("a Sunday").isEqualTo(LocalDate.of(2026, 3, 7));
    // Easter Monday 6 April 2026, after Easter Sunday: back to Saturday 4 April
    assertThat(paris.lastWorkingDayOnOrBefore(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 4));
    // Good Friday is a holiday in Moselle only
    assertThat(paris.lastWorkingDayOnOrBefore(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(moselle.lastWorkingDayOnOrBefore(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(guadeloupe.lastWorkingDayOnOrBefore(LocalDate.of(2026, 5, 27))).isEqualTo(LocalDate.of(2026, 5, 26));
  }
}
