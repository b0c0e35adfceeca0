package fr.escalade.improvement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The dysfunctions found while handling complaints. */
public interface DysfunctionRepository extends JpaRepository<Dysfunction, Long>, JpaSpecificationExecutor<Dysfunction> {

  @Query("select d from Dysfunction d where d.complaint.reference = ?1 order by d.id")
  List<Dysfunction> findByComplaintReference(String reference);

  /** The firm's dysfunctions no open corrective action addresses yet, latest first. */
  @Query("""
      select d from Dysfunction d join fetch d.complaint
      where d.firm = ?1 and not exists (
        select 1 from CorrectiveAction a join a.dysfunctions x where x = d and a.status in ?2)
      order by d.foundOn desc, d.id desc
      """)
  List<Dysfunction> findUnaddressed(String firm, Collection<CorrectiveActionStatus> open, Limit limit);

  @Query("select d from Dysfunction d left join fetch d.correctiveActions where d.complaint.id in ?1 order by d.id")
  List<Dysfunction> findWithActionsByComplaintIdIn(Collection<Long> complaintIds);
}
