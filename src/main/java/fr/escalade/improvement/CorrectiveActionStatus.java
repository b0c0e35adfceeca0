package fr.escalade.improvement;

import java.util.Set;

/** How far a corrective action has been applied. */
public enum CorrectiveActionStatus {
  PLANNED("Prévue"),
  IN_PROGRESS("En cours"),
  /** Applied; the note says how and with what effect. */
  DONE("Réalisée"),
  /** Given up; the note says why. */
  CANCELLED("Abandonnée");

  private final String label;

  CorrectiveActionStatus(String label) {
    this.label = label;
  }

  /** The French name supervisors read (the corrective actions page's words, the register's French CSV). */
  public String label() {
    return label;
  }

  public static final Set<CorrectiveActionStatus> OPEN = Set.of(PLANNED, IN_PROGRESS);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
