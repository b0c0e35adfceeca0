package fr.escalade.intake;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRegistrationRepository extends JpaRepository<IdempotentRegistration, String> {}
