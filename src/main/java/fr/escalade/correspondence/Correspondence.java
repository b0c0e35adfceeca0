package fr.escalade.correspondence;

import fr.escalade.firm.Firm;
import fr.escalade.system.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the correspondence of a complaint. */
@Component
public class Correspondence {

  private final LetterRepository letters;
  private final LetterLayout layout;

  Correspondence(LetterRepository letters, LetterLayout layout) {
    this.letters = letters;
    this.layout = layout;
  }

  /**
   * One letter of the complaint as a printable PDF: the stored one for a postal letter, rendered
   * anew otherwise; the caller has checked that the complaint is the reader's to see.
   */
  @Transactional(readOnly = true)
  public byte[] pdf(Firm firm, String reference, Long id) {
    Letter letter =
        letters.findByIdAndComplaintReference(id, reference)
            .orElseThrow(() -> new NotFoundException("Complaint " + reference + " has no letter " + id));
    return letter.getPdf() != null ? letter.getPdf() : layout.pdf(firm, letter.getSubject(), letter.getBody());
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
