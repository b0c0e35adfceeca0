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
    STAFF,
    /** Received, not sent: the firm is the recipient. */
    FIRM
  }
}
