package fr.escalade.correspondence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** One letter of a complaint's correspondence, as written: what, to whom, by which channel, when. */
@Entity
@Table(
    name = "letter",
    indexes = {
      @Index(name = "ix_letter_complaint", columnList = "complaint_reference"),
      @Index(name = "ix_letter_due", columnList = "status, next_attempt_at")
    })
public class Letter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

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

  // text, not a large object (see V1__register.sql): on PostgreSQL a large object outlives its row
  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private LetterStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  /** When delivery is next due; a claimed letter is pushed past its claim's end. */
  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  /**
   * When supervisors were told that this letter had not left with its deadline near; null while they
   * were not. Written only by {@link LetterWatch}'s claim (an SQL update), never by the entity, so
   * that a delivery attempt saving the letter at the same moment cannot clear it.
   */
  @Column(name = "not_sent_alerted_at", insertable = false, updatable = false)
  private Instant notSentAlertedAt;

  // bytea, not a large object (see V1__register.sql)
  @Basic(fetch = FetchType.LAZY)
  private byte[] pdf;

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
    this.nextAttemptAt = createdAt;
  }

  /** The Message-ID of its e-mail: the same at every attempt, so a resend is the same message. */
  public String messageId(String domain) {
    return "<letter-" + id + "." + complaintReference + "@" + domain + ">";
  }

  void received() {
    this.status = LetterStatus.RECEIVED;
    this.nextAttemptAt = null;
    this.sentAt = createdAt;
  }

  void claim(Instant until) {
    this.nextAttemptAt = until;
  }

  void sent(Instant at) {
    this.status = LetterStatus.SENT;
    this.sentAt = at;
    this.nextAttemptAt = null;
    this.lastError = null;
    this.attempts++;
  }

  void readyToPrint(byte[] pdf) {
    this.pdf = pdf;
    this.status = LetterStatus.TO_PRINT;
    this.nextAttemptAt = null;
    this.attempts++;
  }

  void printed(Instant at) {
    this.status = LetterStatus.PRINTED;
    this.sentAt = at;
  }

  /** Records a failed attempt; the next one waits {@code retryAfter}, or never comes when null. */
  void failed(String error, Instant now, Duration retryAfter) {
    this.attempts++;
    this.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
    if (retryAfter == null) {
      this.status = LetterStatus.FAILED;
      this.nextAttemptAt = null;
    } else {
      this.nextAttemptAt = now.plus(retryAfter);
    }
  }

  void retry(Instant now) {
    this.status = LetterStatus.PENDING;
    this.nextAttemptAt = now;
    this.attempts = 0;
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

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getNotSentAlertedAt() {
    return notSentAlertedAt;
  }

  public byte[] getPdf() {
    return pdf;
  }
}
