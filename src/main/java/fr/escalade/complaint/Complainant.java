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

  @Column(name = "complainant_is_client", nullable = false)
  private boolean client;

  protected Complainant() {}

  public Complainant(String name, String email, String postalAddress, String phone, boolean client) {
    this.name = name;
    this.email = email;
    this.postalAddress = postalAddress;
    this.phone = phone;
    this.client = client;
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

  public boolean isClient() {
    return client;
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
}
