package fr.escalade.correspondence;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the correspondence of a complaint. */
@Component
public class Correspondence {

  private final LetterRepository letters;

  Correspondence(LetterRepository letters) {
    this.letters = letters;
  }

  public List<Entry> of(String reference) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference).stream().map(Entry::of).toList();
  }

  /** One letter as the API lists it. */
  public record Entry(
      Long id,
      LetterType type,
      DeliveryChannel channel,
      String recipient,
      String subject,
      String body,
      LetterStatus status,
      Instant createdAt,
      Instant sentAt,
      int attempts,
      String lastError) {

    static Entry of(Letter l) {
      return new Entry(
          l.getId(), l.getType(), l.getChannel(), l.getRecipient(), l.getSubject(), l.getBody(), l.getStatus(), l.getCreatedAt(), l.getSentAt(), l.getAttempts(), l.getLastError());
    }
  }
}
