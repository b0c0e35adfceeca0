package fr.escalade.inbox;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

  boolean existsByFirmAndMessageId(String firm, String messageId);

  Optional<InboundMessage> findByFirmAndMessageId(String firm, String messageId);
}
