package fr.escalade.improvement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The corrective actions and how far each has been applied. */
public interface CorrectiveActionRepository
    extends JpaRepository<CorrectiveAction, Long>, JpaSpecificationExecutor<CorrectiveAction> {}
