package fr.escalade.process.mediation;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The dates the mediation stage receives as variables: ISO text, from the API or the caller. The
 * dates it shows are worded by {@code DeadlineWording}; its timers' instants come from the register.
 */
final class MediationDates {

  private MediationDates() {}

  /** An ISO date variable; null when it is absent, null or empty (a referral's filing date may be unknown). */
  static LocalDate isoDate(VariableScope scope, String variable) {
    Object value = scope.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return LocalDate.parse(value.toString());
  }
}
