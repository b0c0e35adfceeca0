package fr.escalade.inbox;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

  Optional<InboundMessage> findByFirmAndMessageId(String firm, String messageId);
}
