package fr.escalade.intake;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface IdempotentRegistrationRepository extends JpaRepository<IdempotentRegistration, String> {

  /** Gives up a claim that never got its answer; an answered key is kept. */
  @Modifying
  @Transactional
  @Query("delete from IdempotentRegistration r where r.key = :key and r.reference = '' and r.createdAt = :claimedAt")
  int releaseClaim(String key, Instant claimedAt);
}
