package fr.escalade.improvement;

import java.util.Set;

/** How far a corrective action has been applied. */
public enum CorrectiveActionStatus {
  PLANNED,
  IN_PROGRESS,
  /** Applied; the note says how and with what effect. */
  DONE,
  /** Given up; the note says why. */
  CANCELLED;

  public static final Set<CorrectiveActionStatus> OPEN = Set.of(PLANNED, IN_PROGRESS);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
