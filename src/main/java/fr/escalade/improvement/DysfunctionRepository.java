package fr.escalade.improvement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The dysfunctions found while handling complaints. */
public interface DysfunctionRepository extends JpaRepository<Dysfunction, Long>, JpaSpecificationExecutor<Dysfunction> {

  @Query("select d from Dysfunction d where d.complaint.reference = ?1 order by d.id")
  List<Dysfunction> findByComplaintReference(String reference);

  @Query("select d from Dysfunction d left join fetch d.correctiveActions where d.complaint.id in ?1 order by d.id")
  List<Dysfunction> findWithActionsByComplaintIdIn(Collection<Long> complaintIds);
}
