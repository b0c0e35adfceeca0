package fr.escalade.online;

import fr.escalade.firm.Firm;
import fr.escalade.firm.Mediator;
import java.time.Period;

/**
 * A firm's complaint procedure as the public page explains it, worded from the same configuration
 * the deadlines are computed from.
 */
record ProcedureTerms(
    String firmId,
    Firm firm,
    String acknowledgementDelay,
    String answerDelay,
    String mediationOpensAfter,
    Mediator mediator,
    String retention) {

  /**
   * {@code mediator}: the firm's default, since the page speaks before any complaint exists;
   * {@code retention}: how long the firm keeps a closed complaint's file, for the privacy notice.
   */
  static ProcedureTerms of(String firmId, Firm firm, Mediator mediator, Period retention) {
    var calendar = firm.calendar();
    return new ProcedureTerms(
        firmId,
        firm,
        calendar.acknowledgementPeriod(),
        calendar.answerPeriod(),
        inFrench(firm.mediationOpensAfter()),
        mediator,
        inFrench(retention));
  }

  static String inFrench(Period period) {
    if (period.getMonths() == 0 && period.getDays() == 0 && period.getYears() > 0) {
      return period.getYears() + (period.getYears() == 1 ? " an" : " ans");
    }
    if (period.getYears() == 0 && period.getDays() == 0) {
      return period.getMonths() + " mois";
    }
    if (period.getYears() == 0 && period.getMonths() == 0) {
      return period.getDays() + " jours";
    }
    return period.toString();
  }
}
