package fr.escalade.intake;

import fr.escalade.complaint.Complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.correspondence.Correspondence;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a complaint sent with an {@code Idempotency-Key}. The first request claims the key in a
 * transaction of its own, committed before it registers anything, so that requests running
 * alongside see the claim; it then registers the complaint and keeps its answer with the claim, in
 * one transaction. Any other request with the key waits for that answer and gets it back, having
 * registered nothing; with another body it is a conflict. A claim whose request failed is released,
 * and one left by a crash is taken over once it is {@link #STALE_CLAIM} old.
 */
@Service
class IdempotentIntake {

  /** How long a request waits for the answer of the request that claimed its key. */
  static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

  /** No registration takes this long: a claim this old without an answer was left by a crash. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(5);

  private static final long POLL_MILLIS = 50;

  /** The answer to replay: the complaint's reference and the JSON body first sent. */
  record Answer(String reference, String body) {}

  private final ComplaintIntake intake;
  private final Correspondence correspondence;
  private final IdempotentRegistrationRepository registrations;
  private final ObjectMapper json;
  private final Clock clock;
  private final EngineCollisions collisions;
  private final TransactionTemplate inItsOwnTransaction;

  @PersistenceContext private EntityManager entities;

  IdempotentIntake(
      ComplaintIntake intake,
      Correspondence correspondence,
      IdempotentRegistrationRepository registrations,
      ObjectMapper json,
      Clock clock,
      PlatformTransactionManager transactions,
      EngineCollisions collisions) {
    this.intake = intake;
    this.correspondence = correspondence;
    this.registrations = registrations;
    this.json = json;
    this.clock = clock;
    this.collisions = collisions;
    this.inItsOwnTransaction = new TransactionTemplate(transactions);
    inItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  ComplaintView view(Complaint complaint) {
    return ComplaintView.of(complaint, correspondence.of(complaint.getReference()));
  }

  /**
   * Registers and describes the complaint in one transaction: should the database fail while the
   * answer is read, the registration is rolled back with it, so a client told "nothing was
   * registered" (503) that retries does not register the complaint twice. A collision with another
   * transaction (two registrations numbering at once) is retried whole ({@link EngineCollisions}).
   */
  Registered registerAndView(NewComplaint request) {
    return collisions.inOneTransaction(() -> {
      Complaint complaint = intake.register(request);
      return new Registered(complaint.getReference(), view(complaint));
    });
  }

  record Registered(String reference, ComplaintView view) {}

  /** The answer for {@code key}: the first request's, or a new registration if this one is first. */
  public Answer answer(String key, NewComplaint request) {
    String hash = hash(request);
    long giveUpAt = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
    while (true) {
      Optional<IdempotentRegistration> first = registrations.findById(key);
      if (first.isEmpty()) {
        if (claim(key, hash)) {
          return registerClaimed(key, request);
        }
        continue; // another request claimed it in between: read its claim
      }
      IdempotentRegistration found = first.get();
      if (!found.getRequestHash().equals(hash)) {
        // the first complaint's reference is not named: it may be another firm's
        throw new ConflictException("Idempotency-Key '" + key + "' was first used with another request body.");
      }
      if (found.isAnswered()) {
        return new Answer(found.getReference(), found.getResponseBody());
      }
      if (found.getCreatedAt().isBefore(clock.instant().minus(STALE_CLAIM))) {
        registrations.releaseClaim(key, found.getCreatedAt());
        continue;
      }
      if (System.nanoTime() - giveUpAt > 0) {
        throw new ConflictException(
            "A request with Idempotency-Key '" + key + "' is still being registered; retry in a few seconds.");
      }
      pause();
    }
  }

  /** True when this request wrote, and committed, the key's claim; false when another one had. */
  private boolean claim(String key, String hash) {
    try {
      inItsOwnTransaction.executeWithoutResult(status -> {
        entities.persist(IdempotentRegistration.claim(key, hash, clock.instant()));
        entities.flush();
      });
      return true;
    } catch (RuntimeException duplicateKey) {
      if (registrations.existsById(key)) {
        return false;
      }
      throw duplicateKey;
    }
  }

  private Answer registerClaimed(String key, NewComplaint request) {
    try {
      return collisions.inOneTransaction(() -> {
        Complaint complaint = intake.register(request);
        String body = write(view(complaint));
        IdempotentRegistration claim = registrations.findById(key).orElseThrow();
        claim.answer(complaint.getReference(), body);
        registrations.saveAndFlush(claim);
        return new Answer(complaint.getReference(), body);
      });
    } catch (RuntimeException failed) {
      // nothing was registered: the key is free again, for a corrected request or a retry
      registrations.findById(key).filter(claim -> !claim.isAnswered())
          .ifPresent(claim -> registrations.releaseClaim(key, claim.getCreatedAt()));
      throw failed;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the first request of an Idempotency-Key", e);
    }
  }

  private String hash(NewComplaint request) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
