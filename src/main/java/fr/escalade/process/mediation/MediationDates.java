package fr.escalade.process.mediation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The dates of the mediation stage as its variables carry them: ISO text when they come from the
 * API or the caller, dd/MM/yyyy text for Tasklist's forms (which show variables as they are), and
 * {@code java.util.Date} instants for timers and due dates.
 */
final class MediationDates {

  /** How Tasklist's forms show dates, like the complaint's own process does. */
  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private MediationDates() {}

  static String display(LocalDate day) {
    return DISPLAY.format(day);
  }

  /** An ISO date variable; null when it is absent, null or empty (a referral's filing date may be unknown). */
  static LocalDate isoDate(VariableScope scope, String variable) {
    Object value = scope.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return LocalDate.parse(value.toString());
  }
}
