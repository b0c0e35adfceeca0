package fr.escalade.deadline;

import java.time.DayOfWeek;

/** The unit in which short deadlines are counted; holidays are never counted in either. */
public enum DayUnit {
  /** Jour ouvrable: Monday to Saturday, the unit of the French regulation. */
  JOUR_OUVRABLE(DayOfWeek.SUNDAY),
  /** Jour ouvré: Monday to Friday, for regimes that count business days. */
  JOUR_OUVRE(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private final DayOfWeek[] restDays;

  DayUnit(DayOfWeek... restDays) {
    this.restDays = restDays;
  }

  boolean isRestDay(DayOfWeek day) {
    for (DayOfWeek rest : restDays) {
      if (rest == day) {
        return true;
      }
    }
    return false;
  }
}
