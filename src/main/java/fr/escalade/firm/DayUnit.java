package fr.escalade.firm;

import java.time.DayOfWeek;

/** The unit in which short deadlines are counted; holidays are never counted in either. */
public enum DayUnit {
  /** Jour ouvrable: Monday to Saturday, the unit of the French regulation. */
  JOUR_OUVRABLE("jours ouvrables", DayOfWeek.SUNDAY),
  /** Jour ouvré: Monday to Friday, for regimes that count business days. */
  JOUR_OUVRE("jours ouvrés", DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private final String plural;
  private final DayOfWeek[] restDays;

  DayUnit(String plural, DayOfWeek... restDays) {
    this.plural = plural;
    this.restDays = restDays;
  }

  /** How clients read it: "10 jours ouvrables". */
  public String plural() {
    return plural;
  }

  public boolean isRestDay(DayOfWeek day) {
    for (DayOfWeek rest : restDays) {
      if (rest == day) {
        return true;
      }
    }
    return false;
  }
}
