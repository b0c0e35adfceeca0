package fr.escalade.intake;

import fr.escalade.complaint.Channel;
import fr.escalade.system.PrintableText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an agent types into the staff registration page; the limits are {@link NewComplaint}'s, the
 * messages the page's (typographic apostrophes: Spring formats them with MessageFormat, which drops a
 * plain one). Dates are kept as typed, so that a wrong one is shown back as it was.
 */
@PrintableText
public class StaffComplaintForm {

  /** Identifies this filling of the form: sending it twice registers one complaint. */
  private String idempotencyKey;

  @NotNull(message = "Choisissez comment la réclamation est arrivée.")
  private Channel channel;

  @NotBlank(message = "Choisissez le cabinet.")
  @Size(max = 40, message = "40 caractères au plus.")
  private String firm;

  @Size(max = 10, message = "Une date au format AAAA-MM-JJ.")
  private String sentOn;

  @Size(max = 10, message = "Une date au format AAAA-MM-JJ.")
  private String receivedOn;

  /** Empty: the firm's entry level (first contact where it has one). */
  private Integer entryLevel;

  @NotBlank(message = "Indiquez le nom du réclamant.")
  @Size(max = 200, message = "200 caractères au plus.")
  private String name;

  @Email(regexp = "^\\s*$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Cette adresse e-mail n’est pas valide.")
  @Size(max = 254, message = "254 caractères au plus.")
  private String email;

  @Size(max = 500, message = "500 caractères au plus.")
  private String postalAddress;

  @Size(max = 40, message = "40 caractères au plus.")
  private String phone;

  /** Null: not said. */
  private Boolean client;

  @Size(max = 200, message = "200 caractères au plus.")
  private String representedBy;

  @Size(max = 100, message = "100 caractères au plus.")
  private String contractReference;

  @NotBlank(message = "Indiquez l’objet de la réclamation.")
  @Size(max = 200, message = "200 caractères au plus.")
  private String subject;

  @NotBlank(message = "Décrivez la réclamation.")
  @Size(max = 10_000, message = "10 000 caractères au plus.")
  private String description;

  /** Heard on the phone or at the counter: a way to call the client back is enough to register it. */
  @AssertTrue(message = "Indiquez un téléphone, une adresse e-mail ou une adresse postale pour recontacter le réclamant.")
  public boolean isCallable() {
    return !isOral() || !isBlank(phone) || !isBlank(email) || !isBlank(postalAddress);
  }

  /** Received in writing: the written answer must reach the client. */
  @AssertTrue(message = "Indiquez une adresse e-mail ou une adresse postale : la réponse écrite doit parvenir au réclamant.")
  public boolean isWritable() {
    return channel == null || isOral() || !isBlank(email) || !isBlank(postalAddress);
  }

  boolean isOral() {
    return ComplaintIntake.isOral(channel);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getFirm() {
    return firm;
  }

  public void setFirm(String firm) {
    this.firm = firm;
  }

  public String getSentOn() {
    return sentOn;
  }

  public void setSentOn(String sentOn) {
    this.sentOn = sentOn;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public Integer getEntryLevel() {
    return entryLevel;
  }

  public void setEntryLevel(Integer entryLevel) {
    this.entryLevel = entryLevel;
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
}
