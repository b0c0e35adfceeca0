package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who complains, and how to write to them. */
@Embeddable
public class Complainant {

  @Column(name = "complainant_name", nullable = false, length = 200)
  private String name;

  @Column(name = "complainant_email", length = 254)
  private String email;

  @Column(name = "complainant_postal_address", length = 500)
  private String postalAddress;

  @Column(name = "complainant_phone", length = 40)
  private String phone;

  /** Whether the complainant is a client; null when unknown (a message from an e-mail address). */
  @Column(name = "complainant_is_client")
  private Boolean client;

  /** Whether the complainant lives in France; null when not said. */
  @Column(name = "complainant_is_resident")
  private Boolean resident;

  /** Who acts for the complainant (a lawyer, a relative, an association), if anyone. */
  @Column(name = "complainant_represented_by", length = 200)
  private String representedBy;

  protected Complainant() {}

  public Complainant(
      String name, String email, String postalAddress, String phone, Boolean client, Boolean resident, String representedBy) {
    this.name = name;
    this.email = email;
    this.postalAddress = postalAddress;
    this.phone = phone;
    this.client = client;
    this.resident = resident;
    this.representedBy = representedBy;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public String getPhone() {
    return phone;
  }

  public Boolean getClient() {
    return client;
  }

  public Boolean getResident() {
    return resident;
  }

  public String getRepresentedBy() {
    return representedBy;
  }

  /** The address letters go to: e-mail when there is one, otherwise the postal address. */
  public String preferredContact() {
    if (email != null && !email.isBlank()) {
      return email;
    }
    if (postalAddress != null && !postalAddress.isBlank()) {
      return postalAddress;
    }
    return phone;
  }

  /** Whether the firm can write to the complainant: an e-mail or a postal address (an oral complaint may have neither). */
  public boolean hasAddress() {
    return email != null || postalAddress != null;
  }
}
