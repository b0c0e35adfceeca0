package fr.escalade.intake;

import fr.escalade.complaint.Channel;
import java.time.LocalDate;

/**
 * Complaints as tests submit them, read like a sentence:
 * {@code aComplaint().of("almena").byPost().sentOn(day).from("Hélène Martin", null, address).build()}.
 * Each test names what its assertions depend on; the rest is a valid complaint by e-mail from a
 * client of Asekkey, which lets the firm choose the entry level.
 */
public final class NewComplaintBuilder {

  private String firm = "asekkey";
  private Channel channel = Channel.EMAIL;
  private LocalDate sentOn;
  private LocalDate receivedOn;
  private Integer entryLevel;
  private String name = "Jeanne Dupont";
  private String email = "jeanne.dupont@example.fr";
  private String postalAddress = "3 rue des Lilas, 75011 Paris";
  private String phone;
  private String contractReference = "HAB-2024-0042";
  private String subject = "Remboursement d'un dégât des eaux";
  private String description = "Mon sinistre du 3 janvier n'est toujours pas indemnisé malgré trois relances.";

  private NewComplaintBuilder() {}

  public static NewComplaintBuilder aComplaint() {
    return new NewComplaintBuilder();
  }

  public NewComplaintBuilder of(String firm) {
    this.firm = firm;
    return this;
  }

  public NewComplaintBuilder by(Channel channel) {
    this.channel = channel;
    return this;
  }

  public NewComplaintBuilder byEmail() {
    return by(Channel.EMAIL);
  }

  public NewComplaintBuilder byPost() {
    return by(Channel.POST);
  }

  public NewComplaintBuilder sentOn(LocalDate sentOn) {
    this.sentOn = sentOn;
    return this;
  }

  /** An e-mail arrives the day it is sent. */
  public NewComplaintBuilder sentAndReceivedOn(LocalDate day) {
    this.sentOn = day;
    this.receivedOn = day;
    return this;
  }

  /** Null lets the firm decide: first contact where it has one. */
  public NewComplaintBuilder atLevel(Integer entryLevel) {
    this.entryLevel = entryLevel;
    return this;
  }

  /** Who complains, a client; either contact may be null. */
  public NewComplaintBuilder from(String name, String email, String postalAddress) {
    this.name = name;
    this.email = email;
    this.postalAddress = postalAddress;
    return this;
  }

  /** A phone number where the complainant can be called back. */
  public NewComplaintBuilder withPhone(String phone) {
    this.phone = phone;
    return this;
  }

  public NewComplaintBuilder aboutContract(String contractReference) {
    this.contractReference = contractReference;
    return this;
  }

  public NewComplaintBuilder about(String subject, String description) {
    this.subject = subject;
    this.description = description;
    return this;
  }

  public NewComplaint build() {
    return new NewComplaint(
        firm,
        channel,
        sentOn,
        receivedOn,
        entryLevel,
        new NewComplaint.Person(name, email, postalAddress, phone, true, null, null),
        contractReference,
        subject,
        description);
  }
}
