package fr.escalade.correspondence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times as a French letter writes them, the {@code dates} of every template: « 1er mai
 * 2026 » (the first of the month is an ordinal, « 1 mai » is not French), « 2 mai 2026 », and a
 * time with the place whose time it is (« 14 h 05, heure de Paris »): a client in Guadeloupe reads
 * a letter from Paris.
 */
public final class LetterDates {

  public static final LetterDates FRENCH = new LetterDates();

  private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRANCE);

  /** The time zones of the French territories, named as their inhabitants say it. */
  private static final Map<String, String> ZONE_WORDS =
      Map.ofEntries(
          Map.entry("Europe/Paris", "heure de Paris"),
          Map.entry("America/Guadeloupe", "heure de la Guadeloupe"),
          Map.entry("America/Martinique", "heure de la Martinique"),
          Map.entry("America/Cayenne", "heure de la Guyane"),
          Map.entry("Indian/Reunion", "heure de La Réunion"),
          Map.entry("Indian/Mayotte", "heure de Mayotte"),
          Map.entry("America/Miquelon", "heure de Saint-Pierre-et-Miquelon"),
          Map.entry("Pacific/Noumea", "heure de la Nouvelle-Calédonie"),
          Map.entry("Pacific/Tahiti", "heure de Tahiti"));

  private LetterDates() {}

  /** « 1er mai 2026 », « 15 mai 2026 »; empty for no date. */
  public String day(TemporalAccessor date) {
    if (date == null) {
      return "";
    }
    LocalDate day = LocalDate.from(date);
    int dayOfMonth = day.getDayOfMonth();
    return (dayOfMonth == 1 ? "1er" : Integer.toString(dayOfMonth)) + " " + MONTH_AND_YEAR.format(day);
  }

  /** « 1er mai 2026 à 14 h 05 (heure de Paris) ». */
  public String dayAndTime(ZonedDateTime moment) {
    if (moment == null) {
      return "";
    }
    return day(moment) + " à " + TIME.format(moment) + " (" + zone(moment.getZone()) + ")";
  }

  /** « heure de Paris », « heure de la Guadeloupe »; other zones by their French name. */
  public String zone(ZoneId zone) {
    String words = ZONE_WORDS.get(zone.getId());
    // e.g. « heure d’Europe centrale »
    return words != null ? words : zone.getDisplayName(java.time.format.TextStyle.FULL, Locale.FRANCE);
  }
}
