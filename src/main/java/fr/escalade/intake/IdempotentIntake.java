package fr.escalade.intake;

import fr.escalade.complaint.Complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.correspondence.Correspondence;
import fr.escalade.system.ConflictException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a complaint sent with an {@code Idempotency-Key}: the first request registers it and
 * its answer is kept, in the same transaction; a retry with the same key and body gets that answer
 * back and registers nothing; the same key with another body is a conflict.
 */
@Service
class IdempotentIntake {

  /** The answer to replay: the complaint's reference and the JSON body first sent. */
  record Answer(String reference, String body) {}

  private final ComplaintIntake intake;
  private final Correspondence correspondence;
  private final IdempotentRegistrationRepository registrations;
  private final ObjectMapper json;
  private final Clock clock;

  IdempotentIntake(
      ComplaintIntake intake,
      Correspondence correspondence,
      IdempotentRegistrationRepository registrations,
      ObjectMapper json,
      Clock clock) {
    this.intake = intake;
    this.correspondence = correspondence;
    this.registrations = registrations;
    this.json = json;
    this.clock = clock;
  }

  ComplaintView view(Complaint complaint) {
    return ComplaintView.of(complaint, correspondence.of(complaint.getReference()));
  }

  @Transactional(readOnly = true)
  public Optional<Answer> replay(String key, NewComplaint request) {
    return registrations.findById(key).map(first -> {
      if (!first.getRequestHash().equals(hash(request))) {
        throw new ConflictException(
            "Idempotency-Key '" + key + "' was first used with another request body (complaint " + first.getReference() + ").");
      }
      return new Answer(first.getReference(), first.getResponseBody());
    });
  }

  @Transactional
  public Answer register(String key, NewComplaint request) {
    Complaint complaint = intake.register(request);
    String body = write(view(complaint));
    registrations.saveAndFlush(
        new IdempotentRegistration(key, hash(request), complaint.getReference(), body, clock.instant()));
    return new Answer(complaint.getReference(), body);
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
