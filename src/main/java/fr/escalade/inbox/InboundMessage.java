package fr.escalade.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A message read from a firm's mailbox and what became of it. Its unique key makes every message
 * processed once, across restarts and nodes: it is written in the same transaction as the work.
 */
@Entity
@Table(name = "inbound_message", uniqueConstraints = @UniqueConstraint(name = "uk_inbound_message", columnNames = {"firm", "message_id"}))
class InboundMessage {

  /** What was done with a message. */
  enum Outcome {
    /** It registered a new complaint. */
    REGISTERED,
    /** It was filed with the complaint its subject names. */
    ATTACHED,
    /** Neither: a task asks a person to sort it. */
    LEFT_FOR_TRIAGE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String firm;

  @Column(name = "message_id", nullable = false, length = 500)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome;

  @Column(name = "complaint_reference", length = 20)
  private String complaintReference;

  @Column(name = "processed_at", nullable = false)
  private Instant processedAt;

  protected InboundMessage() {}

  InboundMessage(String firm, String messageId, Outcome outcome, String complaintReference, Instant processedAt) {
    this.firm = firm;
    this.messageId = messageId;
    this.outcome = outcome;
    this.complaintReference = complaintReference;
    this.processedAt = processedAt;
  }

  String getMessageId() {
    return messageId;
  }

  Outcome getOutcome() {
    return outcome;
  }

  String getComplaintReference() {
    return complaintReference;
  }
}
