package fr.escalade.correspondence;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import fr.escalade.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The letters of a complaint: listed, read, printed, and retried when they could not be delivered. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class CorrespondenceController {

  private final LetterRepository letters;
  private final ComplaintRegister register;
  private final Firms firms;
  private final LetterLayout layout;
  private final LetterIncidents incidents;
  private final LetterSentDates sentDates;
  private final Clock clock;
  private final EngineCollisions collisions;

  CorrespondenceController(
      LetterRepository letters, ComplaintRegister register, Firms firms, LetterLayout layout, LetterIncidents incidents,
      LetterSentDates sentDates, Clock clock, EngineCollisions collisions) {
    this.letters = letters;
    this.register = register;
    this.firms = firms;
    this.layout = layout;
    this.incidents = incidents;
    this.sentDates = sentDates;
    this.clock = clock;
    this.collisions = collisions;
  }

  /** A letter in a list: what, to whom, how, and where it is on its way. */
  record Summary(
      Long id, String complaintReference, LetterType type, DeliveryChannel channel, String recipient, String subject,
      LetterStatus status, java.time.Instant createdAt, java.time.Instant sentAt, int attempts, String lastError) {

    static Summary of(Letter l) {
      return new Summary(l.getId(), l.getComplaintReference(), l.getType(), l.getChannel(), l.getRecipient(),
          l.getSubject(), l.getStatus(), l.getCreatedAt(), l.getSentAt(), l.getAttempts(), l.getLastError());
    }
  }

  @GetMapping("/api/complaints/{reference}/correspondence")
  List<Summary> list(@PathVariable String reference, AccessibleFirms access) {
    access.visible(register.get(reference));
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference).stream().map(Summary::of).toList();
  }

  /** Letters of every complaint in one state: TO_PRINT for the post room, FAILED for operators. */
  @GetMapping("/api/letters")
  List<Summary> byStatus(@RequestParam LetterStatus status, AccessibleFirms access) {
    List<Letter> found =
        access.all()
            ? letters.findByStatusOrderByCreatedAtAscIdAsc(status)
            : letters.findByStatusOfFirms(status, access.ids());
    return found.stream().map(Summary::of).toList();
  }

  @GetMapping("/api/complaints/{reference}/correspondence/{id}")
  Correspondence.Entry get(@PathVariable String reference, @PathVariable Long id, AccessibleFirms access) {
    return Correspondence.Entry.of(letter(reference, id, access));
  }

  /** The letter as a printable PDF: the stored one for a postal letter, rendered anew otherwise. */
  @GetMapping(path = "/api/complaints/{reference}/correspondence/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable Long id, AccessibleFirms access) {
    Letter letter = letter(reference, id, access);
    byte[] pdf = letter.getPdf();
    if (pdf == null) {
      Firm firm = firms.get(register.get(reference).getFirm());
      pdf = layout.pdf(firm, letter.getSubject(), letter.getBody());
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + reference + "-" + id + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }

  @PostMapping("/api/complaints/{reference}/correspondence/{id}/printed")
  Summary printed(@PathVariable String reference, @PathVariable Long id, AccessibleFirms access) {
    return collisions.inOneTransaction(() -> {
      Letter letter = letter(reference, id, access);
      if (letter.getStatus() != LetterStatus.TO_PRINT) {
        throw new ConflictException("Letter " + id + " is " + letter.getStatus() + ", not TO_PRINT.");
      }
      java.time.Instant now = clock.instant();
      letter.printed(now);
      // a postal letter leaves when it is printed: the register dates the acknowledgement or answer now
      sentDates.left(letter, now);
      return Summary.of(letter);
    });
  }

  @PostMapping("/api/complaints/{reference}/correspondence/{id}/retry")
  Summary retry(@PathVariable String reference, @PathVariable Long id, AccessibleFirms access) {
    return collisions.inOneTransaction(() -> {
      Letter letter = letter(reference, id, access);
      if (letter.getStatus() != LetterStatus.FAILED) {
        throw new ConflictException("Letter " + id + " is " + letter.getStatus() + "; only a FAILED letter is retried.");
      }
      letter.retry(clock.instant());
      incidents.resolve(letter);
      return Summary.of(letter);
    });
  }

  private Letter letter(String reference, Long id, AccessibleFirms access) {
    access.visible(register.get(reference));
    return letters
        .findByIdAndComplaintReference(id, reference)
        .orElseThrow(() -> new NotFoundException("Complaint " + reference + " has no letter " + id));
  }
}
