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
    Mediator mediator) {

  /** {@code mediator}: the firm's default, since the page speaks before any complaint exists. */
  static ProcedureTerms of(String firmId, Firm firm, Mediator mediator) {
    var calendar = firm.calendar();
    return new ProcedureTerms(
        firmId,
        firm,
        calendar.acknowledgementPeriod(),
        calendar.answerPeriod(),
        inFrench(firm.mediationOpensAfter()),
        mediator);
  }

  static String inFrench(Period period) {
    if (period.getYears() == 0 && period.getDays() == 0) {
      return period.getMonths() + " mois";
    }
    if (period.getYears() == 0 && period.getMonths() == 0) {
      return period.getDays() + " jours";
    }
    return period.toString();
  }
}
