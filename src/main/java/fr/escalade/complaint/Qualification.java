package fr.escalade.complaint;

/** What staff found a message to be when they qualified it. */
public enum Qualification {
  /** An expression of dissatisfaction: the procedure and its clocks apply. */
  COMPLAINT("Réclamation"),
  /** A request for information, an opinion, a service or the execution of the contract. */
  REQUEST("Simple demande");

  private final String label;

  Qualification(String label) {
    this.label = label;
  }

  /** The French name staff read (staff pages, the register's French CSV). */
  public String label() {
    return label;
  }
}
