package fr.escalade.correspondence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The correspondence of all complaints. */
public interface LetterRepository extends JpaRepository<Letter, Long> {

  List<Letter> findByComplaintReferenceOrderByCreatedAtAscIdAsc(String complaintReference);
}
