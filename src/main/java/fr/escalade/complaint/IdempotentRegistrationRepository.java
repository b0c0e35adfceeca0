package fr.escalade.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRegistrationRepository extends JpaRepository<IdempotentRegistration, String> {}
