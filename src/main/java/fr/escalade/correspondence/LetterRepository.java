package fr.escalade.correspondence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The correspondence of all complaints. */
public interface LetterRepository extends JpaRepository<Letter, Long> {

  List<Letter> findByComplaintReferenceOrderByCreatedAtAscIdAsc(String complaintReference);

  List<Letter> findByStatusOrderByCreatedAtAscIdAsc(LetterStatus status);

  /** The letters in {@code status} of the complaints of {@code firms}, oldest first. */
  @Query("select l from Letter l where l.status = ?1 and l.complaintReference in"
      + " (select c.reference from Complaint c where c.firm in ?2) order by l.createdAt, l.id")
  List<Letter> findByStatusOfFirms(LetterStatus status, Collection<String> firms);

  boolean existsByComplaintReferenceAndTypeIn(String complaintReference, Collection<LetterType> types);

  boolean existsByComplaintReferenceAndTypeInAndStatusIn(
      String complaintReference, Collection<LetterType> types, Collection<LetterStatus> statuses);

  /**
   * The letters owed by a deadline ({@code types}) that supervisors were not told of and that have
   * not left: PENDING after a failed attempt, TO_PRINT or FAILED. Oldest first.
   */
  @Query("select l from Letter l where l.type in :types and l.notSentAlertedAt is null and ("
      + " l.status in (fr.escalade.correspondence.LetterStatus.TO_PRINT, fr.escalade.correspondence.LetterStatus.FAILED)"
      + " or (l.status = fr.escalade.correspondence.LetterStatus.PENDING and l.attempts > 0))"
      + " order by l.createdAt, l.id")
  List<Letter> findStuck(Collection<LetterType> types);

  /** Claims the one alert about a letter: 1 for the node that wrote the mark, 0 when another did. */
  @Modifying
  @Query(value = "update letter set not_sent_alerted_at = :at where id = :id and not_sent_alerted_at is null",
      nativeQuery = true)
  int markNotSentAlerted(Long id, Instant at);

  Optional<Letter> findByIdAndComplaintReference(Long id, String complaintReference);

  /** Letters whose delivery is due, oldest first. */
  @Query("select l.id from Letter l where l.status = fr.escalade.correspondence.LetterStatus.PENDING"
      + " and l.nextAttemptAt <= :now order by l.nextAttemptAt, l.id")
  List<Long> findDue(Instant now, Limit limit);
}
