package fr.escalade.process;

import fr.escalade.correspondence.LetterDates;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firms;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A deadline as the process's variables carry it for people — Cockpit's supervisors and Tasklist's
 * forms, which show a variable as it is: one French sentence per deadline, « mercredi 9 décembre
 * 2026 ». For a step the firm must take, the date it aims for: a legal date on a Sunday or a holiday
 * steps back to the last working day before it, and the legal date follows in brackets. The
 * instants the engine needs are computed from the register when it needs them ({@code
 * process.deadline.DeadlineTimes}), never kept as variables.
 */
@Component
public class DeadlineWording {

  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);

  private final DeadlinePlanner planner;
  private final Firms firms;

  DeadlineWording(DeadlinePlanner planner, Firms firms) {
    this.planner = planner;
    this.firms = firms;
  }

  /** « mercredi 9 décembre 2026 », « vendredi 1er mai 2026 ». */
  public static String day(LocalDate day) {
    return WEEKDAY.format(day) + " " + LetterDates.FRENCH.day(day);
  }

  /**
   * « samedi 30 mai 2026 (échéance légale : dimanche 31 mai 2026) » when the firm aims for an
   * earlier day than the legal one, else the legal day alone.
   */
  public static String aimedFor(LocalDate target, LocalDate legalDate) {
    return target.equals(legalDate) ? day(legalDate) : day(target) + " (échéance légale : " + day(legalDate) + ")";
  }

  /** The date a firm aims for to meet a legal deadline of its own, by the firm's calendar. */
  public String aimedFor(String firm, LocalDate legalDate) {
    return aimedFor(planner.target(firms.get(firm), legalDate), legalDate);
  }
}
