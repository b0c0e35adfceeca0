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

  private final DeadlinePlanner planner = new DeadlinePlanner(new ReminderProperties(3, 10, LocalTime.of(9, 0), 2, Period.ofDays(7), 5));

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
        null,
        null,
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
    // 60 days (Asekkey's published period) end on 1 May, before the 2 months (2 May): it opens the day after
    assertThat(deadlines.mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(deadlines.mediationCloses()).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(deadlines.acknowledgementReminder()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(deadlines.answerReminder()).isEqualTo(LocalDate.of(2026, 4, 20));
  }

  @Test
  void theReceiptDateStandsInWhenTheSendingDateIsUnknown() {
    ComplaintDeadlines deadlines = planner.plan(almena, null, LocalDate.of(2026, 3, 5));

    assertThat(deadlines.startDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(deadlines.mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 6));
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

  @Test
  void mediationOpensTheDayAfterTheTwoMonthsEndForTheFirmMayStillAnswerOnTheLastDay() {
    ComplaintDeadlines deadlines = planner.plan(almena, LocalDate.of(2026, 3, 2), null);

    assertThat(deadlines.answerDue()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(deadlines.mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 3));
  }

  @Test
  void aShorterPublishedPeriodIsCountedLikeTheTwoMonthsAndTheEarlierEndWins() {
    // 2 March + 60 days = 1 May, + 2 months = 2 May
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 3, 2), null).mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 2));
    // 31 March + 60 days = 30 May, + 2 months = 31 May
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 3, 31), null).mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(planner.plan(almena, LocalDate.of(2026, 3, 31), null).mediationOpens()).isEqualTo(LocalDate.of(2026, 6, 1));
    // in winter 60 days are longer than 2 months: 1 December + 2 months = 1 February, + 60 days = 30 January
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 12, 1), null).mediationOpens()).isEqualTo(LocalDate.of(2027, 1, 31));
    // a published period longer than the regulation's cannot make the client wait longer
    Firm generous = firm(HolidayCalendar.FRANCE, "Europe/Paris", Period.ofMonths(3));
    assertThat(planner.plan(generous, LocalDate.of(2026, 3, 2), null).mediationOpens()).isEqualTo(LocalDate.of(2026, 5, 3));
  }

  @Test
  void afterTheThirtyFirstOfDecemberMediationOpensOnTheFirstOfMarchLeapYearOrNot() {
    // 31 December 2026 + 2 months = 28 February 2027; + 60 days = 1 March 2027
    assertThat(planner.plan(almena, LocalDate.of(2026, 12, 31), null).mediationOpens()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 12, 31), null).mediationOpens()).isEqualTo(LocalDate.of(2027, 3, 1));
    // 31 December 2027 + 2 months = 29 February 2028 = + 60 days
    assertThat(planner.plan(almena, LocalDate.of(2027, 12, 31), null).mediationOpens()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(planner.plan(asekkey, LocalDate.of(2027, 12, 31), null).mediationOpens()).isEqualTo(LocalDate.of(2028, 3, 1));
  }

  @Test
  void aDeadlineOnASundayOrAHolidayIsAimedForOnTheLastWorkingDayBeforeIt() {
    // 31 May 2026 is a Sunday: the firm aims for Saturday 30 May, a jour ouvrable
    ComplaintDeadlines sunday = planner.plan(asekkey, LocalDate.of(2026, 3, 31), null);
    assertThat(sunday.answerDue()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(sunday.answerTarget()).isEqualTo(LocalDate.of(2026, 5, 30));
    // 1 May 2026 is a Friday and Labour Day: Thursday 30 April
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 3, 1), null).answerTarget()).isEqualTo(LocalDate.of(2026, 4, 30));
    // Sunday 1 November 2026 (All Saints) steps back to Saturday 31 October
    assertThat(planner.target(asekkey, LocalDate.of(2026, 11, 1))).isEqualTo(LocalDate.of(2026, 10, 31));
    // a Saturday deadline stays: a jour ouvrable
    ComplaintDeadlines saturday = planner.plan(asekkey, LocalDate.of(2026, 3, 2), null);
    assertThat(saturday.answerDue()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(saturday.answerTarget()).isEqualTo(LocalDate.of(2026, 5, 2));
    // the acknowledgement is counted in working days, so it always falls on one
    assertThat(saturday.acknowledgementTarget()).isEqualTo(saturday.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void theDateAimedForFollowsTheHolidaysOfWhereTheFirmWorks() {
    // 27 May 2026, a Wednesday, is the abolition of slavery in Guadeloupe, not in Paris
    ComplaintDeadlines guadeloupe = planner.plan(almena, LocalDate.of(2026, 3, 27), null);
    assertThat(guadeloupe.answerDue()).isEqualTo(LocalDate.of(2026, 5, 27));
    assertThat(guadeloupe.answerTarget()).isEqualTo(LocalDate.of(2026, 5, 26));
    assertThat(planner.plan(asekkey, LocalDate.of(2026, 3, 27), null).answerTarget()).isEqualTo(LocalDate.of(2026, 5, 27));
  }

  @Test
  void withJoursOuvresASaturdayDeadlineIsAimedForOnTheFridayBefore() {
    Firm businessDays =
        new Firm(
            "Cabinet",
            2,
            new CalendarSettings(HolidayCalendar.FRANCE, null, ZoneId.of("Europe/Paris"), DayUnit.JOUR_OUVRE, 10, 2),
            new Firm.Contact("Service Réclamations", "reclamation@example.fr", null, null),
            null,
            Period.ofMonths(2),
            "à compter de sa réception",
            new Firm.Mail("reclamation@example.fr", null),
            null,
            null,
            null);
    assertThat(planner.target(businessDays, LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(planner.target(businessDays, LocalDate.of(2026, 5, 30))).isEqualTo(LocalDate.of(2026, 5, 29));
  }
}
