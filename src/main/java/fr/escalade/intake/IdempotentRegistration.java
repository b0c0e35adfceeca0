package fr.escalade.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a registration sent with an {@code Idempotency-Key}, replayed to its retries. */
@Entity
@Table(name = "idempotent_registration")
class IdempotentRegistration {

  @Id
  @Column(name = "idempotency_key", length = 200)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(nullable = false, length = 20)
  private String reference;

  // text, not a large object (see V1__register.sql)
  @Column(name = "response_body", nullable = false)
  private String responseBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotentRegistration() {}

  IdempotentRegistration(String key, String requestHash, String reference, String responseBody, Instant createdAt) {
    this.key = key;
    this.requestHash = requestHash;
    this.reference = reference;
    this.responseBody = responseBody;
    this.createdAt = createdAt;
  }

  /**
   * The key claimed by a request that is still registering: the row is written, and committed, before
   * the complaint, so that the primary key lets one request only register for the key.
   */
  static IdempotentRegistration claim(String key, String requestHash, Instant claimedAt) {
    return new IdempotentRegistration(key, requestHash, UNANSWERED, UNANSWERED, claimedAt);
  }

  /** What a claim holds in place of the answer until its request has registered the complaint. */
  private static final String UNANSWERED = "";

  boolean isAnswered() {
    return !UNANSWERED.equals(reference);
  }

  void answer(String reference, String responseBody) {
    this.reference = reference;
    this.responseBody = responseBody;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  String getRequestHash() {
    return requestHash;
  }

  String getReference() {
    return reference;
  }

  String getResponseBody() {
    return responseBody;
  }
}
