package fr.escalade.improvement;

/**
 * The kinds of dysfunction a complaint can reveal, as the answer form offers them and the reports
 * group them. The form {@code forms/draft-answer.form} lists the same values, which
 * {@code ProcessResourcesTests} checks.
 */
public enum DysfunctionCategory {
  INFORMATION_OR_ADVICE("Information ou conseil insuffisant"),
  CONTRACT_DOCUMENTS("Documents contractuels"),
  PROCESSING_DELAY("Délai de traitement"),
  BILLING_ERROR("Erreur de cotisation ou de prélèvement"),
  CLAIM_SETTLEMENT("Règlement de sinistre"),
  CUSTOMER_CONTACT("Accueil, joignabilité, relation client"),
  INSURER_OR_PARTNER("Assureur ou partenaire"),
  IT_SYSTEM("Outil ou système informatique"),
  INTERNAL_PROCEDURE("Procédure interne non suivie"),
  OTHER("Autre");

  private final String label;

  DysfunctionCategory(String label) {
    this.label = label;
  }

  /** The French name staff and reports use. */
  public String label() {
    return label;
  }
}
