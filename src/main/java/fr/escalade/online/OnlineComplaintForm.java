package fr.escalade.online;

import fr.escalade.system.PrintableText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a client types into the public complaint form; the messages are the page's. They use the
 * typographic apostrophe: Spring formats validation messages with MessageFormat, which drops a plain one.
 */
@PrintableText
public class OnlineComplaintForm {

  @NotBlank(message = "Indiquez vos nom et prénom.")
  @Size(max = 200, message = "200 caractères au plus.")
  private String name;

  // an empty field is no address, not a wrong one: the validator applies the pattern to "" too, so
  // the pattern lets it through (a postal address is enough, isReachable checks one is given)
  @Email(regexp = "^\\s*$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Cette adresse e-mail n’est pas valide.")
  @Size(max = 254, message = "254 caractères au plus.")
  private String email;

  @Size(max = 500, message = "500 caractères au plus.")
  private String postalAddress;

  @Size(max = 40, message = "40 caractères au plus.")
  private String phone;

  @NotNull(message = "Dites-nous si vous êtes client.")
  private Boolean client;

  @Size(max = 200, message = "200 caractères au plus.")
  private String representedBy;

  @Size(max = 100, message = "100 caractères au plus.")
  private String contractReference;

  @NotBlank(message = "Indiquez l’objet de votre réclamation.")
  @Size(max = 200, message = "200 caractères au plus.")
  private String subject;

  @NotBlank(message = "Décrivez votre réclamation.")
  @Size(max = 10_000, message = "10 000 caractères au plus.")
  private String description;

  private boolean consent;

  /** The written answer must reach the client: by e-mail or by post. */
  @AssertTrue(message = "Indiquez une adresse e-mail ou une adresse postale pour recevoir notre réponse.")
  public boolean isReachable() {
    return !isBlank(email) || !isBlank(postalAddress);
  }

  @AssertTrue(message = "Votre accord est nécessaire pour que nous traitions votre réclamation.")
  public boolean isConsentGiven() {
    return consent;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Boolean getClient() {
    return client;
  }

  public void setClient(Boolean client) {
    this.client = client;
  }

  public String getRepresentedBy() {
    return representedBy;
  }

  public void setRepresentedBy(String representedBy) {
    this.representedBy = representedBy;
  }

  public String getContractReference() {
    return contractReference;
  }

  public void setContractReference(String contractReference) {
    this.contractReference = contractReference;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
