package fr.escalade.complaint;

/** Where a complaint stands in the graduated procedure; the labels are what clients read. */
public enum ComplaintStatus {
  /** Registered; staff still have to tell a complaint from a simple request. */
  QUALIFYING("Enregistrée, en cours d'examen"),
  /** With the usual interlocutor, who tries to settle it amicably (level 1). */
  AT_FIRST_CONTACT("Chez votre interlocuteur habituel, qui recherche une solution amiable"),
  /** With the complaints service, being investigated and answered (level 2). */
  WITH_COMPLAINTS_SERVICE("En cours d'instruction par le service réclamations"),
  /** Answered; the client may still refer it to the mediator. */
  ANSWERED("Réponse envoyée"),
  /** Referred to the mediator (level 3). */
  WITH_MEDIATOR("Soumise au médiateur"),
  CLOSED("Clôturée");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  /** The French name pages show. */
  public String label() {
    return label;
  }
}
