package fr.escalade.complaint;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, Integer> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ReferenceCounter c where c.year = :year")
  Optional<ReferenceCounter> lockYear(int year);
}
