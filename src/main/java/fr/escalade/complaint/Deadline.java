package fr.escalade.complaint;

/**
 * The dates the procedure owes someone, as staff are reminded of them; the diagrams' reminder and
 * escalation steps name them in a field ({@code ACKNOWLEDGEMENT}, {@code MEDIATOR_FILE}, …).
 * {@link Complaint#dueOn(Deadline)} says when each falls for one complaint.
 */
public enum Deadline {
  ACKNOWLEDGEMENT("Accusé de réception"),
  ANSWER("Réponse motivée"),
  /** The answer date a delay notice announced to the client. */
  PROMISED_ANSWER("Réponse à la date annoncée au client"),
  MEDIATOR_FILE("Dossier à transmettre au médiateur"),
  MEDIATOR_PROPOSAL("Proposition attendue du médiateur"),
  PROPOSAL_RESPONSE("Réponse à la proposition du médiateur");

  private final String label;

  Deadline(String label) {
    this.label = label;
  }

  /** The French name staff notices give it. */
  public String label() {
    return label;
  }
}
