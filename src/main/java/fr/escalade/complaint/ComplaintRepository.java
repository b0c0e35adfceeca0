package fr.escalade.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The register of complaints. */
public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

  Optional<Complaint> findByReference(String reference);

  Optional<Complaint> findByTrackingTokenHash(String trackingTokenHash);
}
