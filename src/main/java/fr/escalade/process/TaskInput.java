package fr.escalade.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads the values a form submitted when a task is completed and collects what is wrong with them.
 * The browser validates forms too, but the engine takes any value through its REST API, so every
 * value the process relies on is checked again here. The messages are French: Tasklist shows them
 * to the agent.
 */
public final class TaskInput {

  private final DelegateTask task;
  private final List<String> problems = new ArrayList<>();

  public TaskInput(DelegateTask task) {
    this.task = task;
  }

  /** A text the agent must fill in; {@code label} is the form's label. */
  public String requiredText(String variable, String label, int maxLength) {
    Object value = task.getVariable(variable);
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("le champ « " + label + " » est obligatoire");
      return null;
    }
    if (text.length() > maxLength) {
      problems.add("le champ « " + label + " » dépasse " + maxLength + " caractères");
      return null;
    }
    return text.strip();
  }

  /** One of the choices the form offers. */
  public String requiredChoice(String variable, String label, Set<String> choices) {
    Object value = task.getVariable(variable);
    if (!(value instanceof String choice) || !choices.contains(choice)) {
      problems.add("choisissez une réponse pour « " + label + " »" + (value == null ? "" : " (reçu : " + value + ")"));
      return null;
    }
    return choice;
  }

  /** A date the form sends as {@code YYYY-MM-DD}. */
  public LocalDate requiredDate(String variable, String label) {
    Object value = task.getVariable(variable);
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("le champ « " + label + " » est obligatoire");
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add("le champ « " + label + " » n'est pas une date (" + text + ")");
      return null;
    }
  }

  /** An optional amount; when present it must be a number of zero or more, in euros and cents. */
  public Number optionalAmount(String variable, String label) {
    Object value = task.getVariable(variable);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (!(value instanceof Number number) || number.doubleValue() < 0) {
      problems.add("le champ « " + label + " » doit être un montant positif ou nul");
      return null;
    }
    // the form does not limit the decimals (its number check would outlive the field once hidden)
    if (new java.math.BigDecimal(number.toString()).stripTrailingZeros().scale() > 2) {
      problems.add("le champ « " + label + " » a au plus deux décimales");
      return null;
    }
    return number;
  }

  /**
   * The user completing the task: the one logged in to Tasklist or the API, else its assignee;
   * null when neither is known (a script, a test).
   */
  public String completingUser() {
    var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee();
  }

  public void problem(String message) {
    problems.add(message);
  }

  public void set(String variable, Object value) {
    task.setVariable(variable, value);
  }

  /** Refuses the completion with every problem found, or lets it through when there is none. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new InvalidTaskInputException("Tâche « " + task.getName() + " » non terminée : " + String.join(" ; ", problems) + ".");
    }
  }

  /** A completion refused because of its values; the engine rolls the completion back. */
  public static class InvalidTaskInputException extends ProcessEngineException {
    InvalidTaskInputException(String message) {
      super(message);
    }
  }
}
