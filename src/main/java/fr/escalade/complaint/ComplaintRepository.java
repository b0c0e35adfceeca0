package fr.escalade.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The register of complaints. */
public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByReference(String reference);
}
