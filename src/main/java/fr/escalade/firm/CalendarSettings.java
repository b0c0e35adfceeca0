package fr.escalade.firm;

import de.focus_shift.jollyday.core.HolidayCalendar;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar of a firm's complaints service.
 *
 * @param holidays the public holidays of where the service works (FRANCE, GUADELOUPE, MARTINIQUE…)
 * @param subdivision a subdivision of that calendar, for instance {@code 57} (Moselle) in FRANCE;
 *     empty for none
 * @param timeZone where the service works: a deadline ends at midnight there
 * @param dayUnit how the acknowledgement period is counted
 * @param acknowledgementDays the acknowledgement period, in {@code dayUnit}
 * @param answerMonths the answer period, in calendar months
 */
public record CalendarSettings(
    @NotNull HolidayCalendar holidays,
    String subdivision,
    @NotNull ZoneId timeZone,
    @DefaultValue("JOUR_OUVRABLE") @NotNull DayUnit dayUnit,
    @DefaultValue("10") @Min(1) int acknowledgementDays,
    @DefaultValue("2") @Min(1) int answerMonths) {

  /** The acknowledgement period in words, as clients and staff read it: "10 jours ouvrables". */
  public String acknowledgementPeriod() {
    return acknowledgementDays + " " + dayUnit.plural();
  }

  /** The answer period in words: "2 mois". */
  public String answerPeriod() {
    return answerMonths + " mois";
  }
}
