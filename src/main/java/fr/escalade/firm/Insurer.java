package fr.escalade.firm;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * An insurer a firm places contracts with, as configured under {@code escalade.firms.<id>.insurers.<insurerId>}:
 * a complaint about a contract it carries is forwarded to its complaints service. {@link Insurers} checks
 * at start that each can be written to.
 *
 * @param name the insurer as letters name it
 * @param complaintsService the name of its complaints service ("Service Réclamations")
 * @param email where the complaint and its file go; by post to {@code postalAddress} without one
 * @param postalAddress the complaints service's postal address, which the client's letter also gives
 */
public record Insurer(@NotBlank String name, @NotBlank String complaintsService, @Email String email, String postalAddress) {

  /** Whether the firm can forward it a complaint: by e-mail, or else by post. */
  public boolean isReachable() {
    return hasText(email) || hasText(postalAddress);
  }

  /** Whether the firm's letters go to it by e-mail (by post to its postal address otherwise). */
  public boolean takesEmail() {
    return hasText(email);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
