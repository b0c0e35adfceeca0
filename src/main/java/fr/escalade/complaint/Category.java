package fr.escalade.complaint;

/**
 * What a complaint is about, as the answer form offers it and the approval table reads it. The
 * form {@code forms/draft-answer.form} lists the same values, which {@code FormsTests} checks.
 */
public enum Category {
  SUBSCRIPTION("Souscription, contrat"),
  CLAIM_HANDLING("Gestion de sinistre"),
  PREMIUMS("Cotisations, prélèvements"),
  ADVICE("Devoir de conseil"),
  TERMINATION("Résiliation"),
  SERVICE_QUALITY("Qualité de service"),
  OTHER("Autre");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The French name the answer form offers ({@code RegisterCsvLabelsTests} checks they agree). */
  public String label() {
    return label;
  }

  /** The label of a category's code as the register keeps it; an unknown code as it is. */
  public static String labelOf(String code) {
    for (Category category : values()) {
      if (category.name().equals(code)) {
        return category.label;
      }
    }
    return code;
  }
}
