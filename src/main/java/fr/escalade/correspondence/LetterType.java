package fr.escalade.correspondence;

/** Every letter the procedure owes, with who receives it. Its template is {@code letters/<name>.txt}. */
public enum LetterType {
  /** The dated copy of a complaint filed online, with its reference. */
  SUBMISSION_COPY(Recipient.COMPLAINANT, "Copie datée de la réclamation en ligne"),
  ACKNOWLEDGEMENT(Recipient.COMPLAINANT, "Accusé de réception"),
  FIRST_CONTACT_CONFIRMATION(Recipient.COMPLAINANT, "Confirmation du règlement au premier contact"),
  DELAY_NOTICE(Recipient.COMPLAINANT, "Information du client sur le retard"),
  ANSWER(Recipient.COMPLAINANT, "Réponse motivée"),
  MEDIATION_INFORMATION(Recipient.COMPLAINANT, "Information sur la médiation"),
  MEDIATOR_FILE(Recipient.MEDIATOR, "Dossier transmis au médiateur"),
  PROPOSAL_RESPONSE(Recipient.MEDIATOR, "Réponse à la proposition du médiateur"),
  /** The mediator told that the client withdrew a complaint the mediator has. */
  MEDIATOR_WITHDRAWAL_NOTICE(Recipient.MEDIATOR, "Retrait de la réclamation signalé au médiateur"),
  MEDIATION_OUTCOME(Recipient.COMPLAINANT, "Issue de la médiation"),
  /** The short reply to a message qualified as a request, not a complaint. */
  REQUEST_REPLY(Recipient.COMPLAINANT, "Réponse à une simple demande"),
  /** The written confirmation of an oral complaint settled on the spot. */
  ORAL_SETTLEMENT_CONFIRMATION(Recipient.COMPLAINANT, "Confirmation du règlement immédiat"),
  /** The invitation to confirm in writing an oral complaint that could not be settled on the spot. */
  WRITTEN_CONFIRMATION_REQUEST(Recipient.COMPLAINANT, "Invitation à confirmer par écrit"),
  /** The confirmation that the client withdrew the complaint. */
  WITHDRAWAL_CONFIRMATION(Recipient.COMPLAINANT, "Confirmation du retrait"),
  /** The complaint and its file, forwarded to the insurer's complaints service. */
  INSURER_REFERRAL(Recipient.INSURER, "Transmission à l’assureur"),
  /** The client told that the complaint was forwarded to the insurer, and to whom. */
  INSURER_REFERRAL_NOTICE(Recipient.COMPLAINANT, "Information du client sur la transmission à l’assureur"),
  REMINDER(Recipient.STAFF, "Rappel au personnel"),
  ESCALATION(Recipient.STAFF, "Alerte aux superviseurs"),
  /** A message received from the client, kept as it came. */
  CLIENT_MESSAGE(Recipient.FIRM, "Message du client");

  private final Recipient recipient;
  private final String label;

  LetterType(Recipient recipient, String label) {
    this.recipient = recipient;
    this.label = label;
  }

  public Recipient recipient() {
    return recipient;
  }

  /** The French name staff read (staff pages, the register's French CSV). */
  public String label() {
    return label;
  }

  String templateName() {
    return name().toLowerCase().replace('_', '-');
  }

  /** Who a letter is addressed to. */
  public enum Recipient {
    COMPLAINANT,
    MEDIATOR,
    /** The complaints service of the insurer the complaint concerns. */
    INSURER,
    STAFF,
    /** Received, not sent: the firm is the recipient. */
    FIRM
  }
}
