package fr.escalade.correspondence;

/** Where a letter is on its way to its recipient. */
public enum LetterStatus {
  /** Written and recorded; waiting to be delivered. */
  PENDING("En attente d’envoi"),
  SENT("Envoyé"),
  FAILED("Échec de l’envoi"),
  TO_PRINT("À imprimer"),
  PRINTED("Imprimé et posté"),
  /** A message the firm received. */
  RECEIVED("Reçu");

  private final String label;

  LetterStatus(String label) {
    this.label = label;
  }

  /** The French name staff read (staff pages, the register's French CSV). */
  public String label() {
    return label;
  }
}
