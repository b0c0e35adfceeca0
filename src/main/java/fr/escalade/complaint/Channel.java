package fr.escalade.complaint;

/** How a complaint reached the firm. */
public enum Channel {
  EMAIL("E-mail"),
  POST("Courrier"),
  PHONE("Téléphone"),
  WEB("Formulaire en ligne"),
  COUNTER("Accueil");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  /** The French name pages show. */
  public String label() {
    return label;
  }
}
