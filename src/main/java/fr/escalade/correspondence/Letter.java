package fr.escalade.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One letter of a complaint's correspondence, as written: what, to whom, by which channel, when. */
@Entity
@Table(name = "letter", indexes = @Index(name = "ix_letter_complaint", columnList = "complaint_reference"))
public class Letter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_reference", nullable = false, length = 20)
  private String complaintReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private LetterType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DeliveryChannel channel;

  @Column(nullable = false, length = 1000)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Lob
  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private LetterStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected Letter() {}

  Letter(
      String complaintReference,
      LetterType type,
      DeliveryChannel channel,
      String recipient,
      String subject,
      String body,
      Instant createdAt) {
    this.complaintReference = complaintReference;
    this.type = type;
    this.channel = channel;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = LetterStatus.PENDING;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getComplaintReference() {
    return complaintReference;
  }

  public LetterType getType() {
    return type;
  }

  public DeliveryChannel getChannel() {
    return channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public LetterStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
