package fr.escalade.firm;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * An independent mediator a complaint can go to, as configured under {@code escalade.mediators.<id>}.
 * Only the name is required: a firm leaves out what it does not know rather than invent it, and the
 * letters show what is there. A mediator needs an e-mail or a postal address, for the firm's file.
 *
 * @param name as letters name it ("La Médiation de l'Assurance")
 * @param postalAddress where clients and the firm write to it
 * @param email where the firm's letters to the mediator go (by post to {@code postalAddress} without one)
 * @param website its website
 * @param onlineReferral how a client refers a complaint online: the address of its form, or a sentence
 */
public record Mediator(
    @NotBlank String name, String postalAddress, @Email String email, String website, String onlineReferral) {

  /** Whether the firm can send it its file: by e-mail, or else by post. */
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
