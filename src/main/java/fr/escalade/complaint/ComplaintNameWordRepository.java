package fr.escalade.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

/** The words the register's name search looks complaints up by. */
interface ComplaintNameWordRepository extends JpaRepository<ComplaintNameWord, Long> {}
