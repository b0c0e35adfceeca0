package fr.escalade.complaint;

/**
 * What a complaint is about, as the answer form offers it and the approval table reads it. The
 * form {@code forms/draft-answer.form} lists the same values, which {@code FormsTests} checks.
 */
public enum Category {
  SUBSCRIPTION,
  CLAIM_HANDLING,
  PREMIUMS,
  ADVICE,
  TERMINATION,
  SERVICE_QUALITY,
  OTHER
}
