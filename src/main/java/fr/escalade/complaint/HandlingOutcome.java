package fr.escalade.complaint;

/** How the handling of a complaint by the firm (levels 1 and 2) ended. */
public enum HandlingOutcome {
  NOT_A_COMPLAINT(Outcome.NOT_A_COMPLAINT),
  SETTLED_AT_FIRST_CONTACT(Outcome.FAVOURABLE),
  /** An oral complaint settled during the call or at the counter. */
  SETTLED_ON_THE_SPOT(Outcome.FAVOURABLE),
  /** The client withdrew the complaint, at whatever level it was. */
  WITHDRAWN(Outcome.WITHDRAWN),
  /** The answer recorded its own outcome. */
  ANSWERED(null);

  private final Outcome closingOutcome;

  HandlingOutcome(Outcome closingOutcome) {
    this.closingOutcome = closingOutcome;
  }

  /** The outcome the register closes the complaint with; null keeps the one the answer recorded. */
  public Outcome closingOutcome() {
    return closingOutcome;
  }
}
