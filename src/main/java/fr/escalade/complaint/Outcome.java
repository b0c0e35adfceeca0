package fr.escalade.complaint;

/** How a complaint ended for the client, as the register records it. */
public enum Outcome {
  FAVOURABLE("Favorable"),
  PARTLY_FAVOURABLE("Partiellement favorable"),
  UNFAVOURABLE("Défavorable"),
  WITHDRAWN("Retirée"),
  NOT_A_COMPLAINT("Simple demande, pas une réclamation");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** The French name pages show. */
  public String label() {
    return label;
  }
}
