package fr.escalade.complaint;

/**
 * The two deadlines the procedure owes the client, as staff are reminded of them; the diagram's
 * reminder and escalation steps name them in a field ({@code ACKNOWLEDGEMENT}, {@code ANSWER}).
 */
public enum Deadline {
  ACKNOWLEDGEMENT("Accusé de réception"),
  ANSWER("Réponse motivée");

  private final String label;

  Deadline(String label) {
    this.label = label;
  }

  /** The French name staff notices give it. */
  public String label() {
    return label;
  }
}
