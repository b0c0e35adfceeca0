package fr.escalade.correspondence;

/** Every letter the procedure owes, with who receives it. Its template is {@code letters/<name>.txt}. */
public enum LetterType {
  /** The dated copy of a complaint filed online, with its reference. */
  SUBMISSION_COPY(Recipient.COMPLAINANT),
  ACKNOWLEDGEMENT(Recipient.COMPLAINANT),
  FIRST_CONTACT_CONFIRMATION(Recipient.COMPLAINANT),
  DELAY_NOTICE(Recipient.COMPLAINANT),
  ANSWER(Recipient.COMPLAINANT),
  MEDIATION_INFORMATION(Recipient.COMPLAINANT),
  MEDIATOR_FILE(Recipient.MEDIATOR),
  PROPOSAL_RESPONSE(Recipient.MEDIATOR),
  MEDIATION_OUTCOME(Recipient.COMPLAINANT),
  /** The short reply to a message qualified as a request, not a complaint. */
  REQUEST_REPLY(Recipient.COMPLAINANT),
  /** The written confirmation of an oral complaint settled on the spot. */
  ORAL_SETTLEMENT_CONFIRMATION(Recipient.COMPLAINANT),
  /** The invitation to confirm in writing an oral complaint that could not be settled on the spot. */
  WRITTEN_CONFIRMATION_REQUEST(Recipient.COMPLAINANT),
  /** The confirmation that the client withdrew the complaint. */
  WITHDRAWAL_CONFIRMATION(Recipient.COMPLAINANT),
  /** The complaint and its file, forwarded to the insurer's complaints service. */
  INSURER_REFERRAL(Recipient.INSURER),
  /** The client told that the complaint was forwarded to the insurer, and to whom. */
  INSURER_REFERRAL_NOTICE(Recipient.COMPLAINANT),
  REMINDER(Recipient.STAFF),
  ESCALATION(Recipient.STAFF),
  /** A message received from the client, kept as it came. */
  CLIENT_MESSAGE(Recipient.FIRM);

  private final Recipient recipient;

  LetterType(Recipient recipient) {
    this.recipient = recipient;
  }

  public Recipient recipient() {
    return recipient;
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
