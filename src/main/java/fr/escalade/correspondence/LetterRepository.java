package fr.escalade.correspondence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The correspondence of all complaints. */
public interface LetterRepository extends JpaRepository<Letter, Long> {

  List<Letter> findByComplaintReferenceOrderByCreatedAtAscIdAsc(String complaintReference);

  List<Letter> findByStatusOrderByCreatedAtAscIdAsc(LetterStatus status);

  /** The letters in {@code status} of the complaints of {@code firms}, oldest first. */
  @Query("select l from Letter l where l.status = ?1 and l.complaintReference in"
      + " (select c.reference from Complaint c where c.firm in ?2) order by l.createdAt, l.id")
  List<Letter> findByStatusOfFirms(LetterStatus status, Collection<String> firms);

  Optional<Letter> findByIdAndComplaintReference(Long id, String complaintReference);

  /** Letters whose delivery is due, oldest first. */
  @Query("select l.id from Letter l where l.status = fr.escalade.correspondence.LetterStatus.PENDING"
      + " and l.nextAttemptAt <= :now order by l.nextAttemptAt, l.id")
  List<Long> findDue(Instant now, Limit limit);
}
