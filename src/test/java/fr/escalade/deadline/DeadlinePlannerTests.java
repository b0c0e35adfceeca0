package fr.escalade.deadline;

import fr.escalade.firm.CalendarSettings;
import fr.escalade.firm.DayUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import fr.escalade.firm.Firm;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinePlannerTests {

  private final DeadlinePlanner planner = new DeadlinePlanner(new ReminderProperties(3, 10, LocalTime.of(9, 0), 5));

  private static Firm firm(HolidayCalendar holidays, String zone, Period mediationOpensAfter) {
    return new Firm(
        "Cabinet",
        2,
        new CalendarSettings(holidays, null, ZoneId.of(zone), DayUnit.JOUR_OUVRABLE, 10, 2),
        new Firm.Contact("Service Réclamations", "reclamation@example.fr", null, null),
        null,
        mediationOpensAfter,
        "à compter de sa réception",
        new Firm.Mail("reclamation@example.fr", null),
        null);
  }

  private final Firm asekkey = firm(HolidayCalendar.FRANCE, "Europe/Paris", Period.ofDays(60));
  private final Firm almena = firm(HolidayCalendar.GUADELOUPE, "America/Guadeloupe", Period.ofMonths(2));

  @Test
  void everyDeadlineRunsFromTheDateTheComplaintWasSent() {
    ComplaintDeadlines deadlines = planner.plan(asekkey, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));

    assertThat(deadlines.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(deadlines.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(deadlines.answerDue()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(deadlines.mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(deadlines.mediationCloses()).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(deadlines.acknowledgementReminder()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(deadlines.answerReminder()).isEqualTo(LocalDate.of(2026, 4, 20));
  }

  @Test
  void theReceiptDateStandsInWhenTheSendingDateIsUnknown() {
    ComplaintDeadlines deadlines = planner.plan(almena, null, LocalDate.of(2026, 3, 5));

    assertThat(deadlines.startDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(deadlines.mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThatThrownBy(() -> planner.plan(almena, null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void monthsEndOnTheSameDayNumberOrTheLastDayOfAShorterMonth() {
    assertThat(planner.plan(almena, LocalDate.of(2026, 3, 31), null).answerDue()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(planner.plan(almena, LocalDate.of(2026, 12, 31), null).answerDue()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(planner.plan(almena, LocalDate.of(2027, 12, 31), null).answerDue()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aDeadlineOnASundayOrAHolidayIsNeverPushedLater() {
    // 31 May 2026 is a Sunday; 1 November 2026 (All Saints) another one, and a holiday
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 3, 31), null).answerDue()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 9, 1), null).answerDue()).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void aDeadlineEndsAtMidnightWhereTheFirmWorks() {
    assertThat(DeadlinePlanner.endOf(LocalDate.of(2026, 3, 13), ZoneId.of("Europe/Paris")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-14T00:00+01:00").toInstant());
    assertThat(DeadlinePlanner.endOf(LocalDate.of(2026, 3, 13), ZoneId.of("America/Guadeloupe")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-03-14T00:00-04:00").toInstant());
    assertThat(planner.reminderTime(LocalDate.of(2026, 4, 20), ZoneId.of("Europe/Paris")).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-04-20T09:00+02:00").toInstant());
  }
}
