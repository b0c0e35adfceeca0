package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The dates the mediation stage keeps as ISO text (the API's {@code 2026-11-26}, which its steps
 * compute with) written for the forms as a French reader writes them, {@code 26/11/2026}: a
 * variable of the task only, set when it is created, so the process's own values stay as they are.
 * Added to every user task when the diagrams are parsed.
 */
@Component
class FrenchDates extends UserTaskListenerPlugin {

  /** The ISO date variables forms show, and the variable each is shown as. */
  static final Map<String, String> SHOWN_AS =
      Map.of(
          REFERRAL_RECEIVED_ON, REFERRAL_RECEIVED_ON_TEXT,
          REFERRAL_FILED_ON, REFERRAL_FILED_ON_TEXT,
          MEDIATOR_PROPOSAL_ON, MEDIATOR_PROPOSAL_ON_TEXT);

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  FrenchDates() {
    super(TaskListener.EVENTNAME_CREATE);
  }

  @Override
  public void notify(DelegateTask task) {
    SHOWN_AS.forEach(
        (iso, shown) -> {
          String text = french(task.getVariable(iso));
          if (text != null) {
            task.setVariableLocal(shown, text);
          }
        });
  }

  /** {@code 2026-11-26} as {@code 26/11/2026}; anything else (absent, not a date) as null. */
  static String french(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return FRENCH_DATE.format(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
