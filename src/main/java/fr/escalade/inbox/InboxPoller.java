package fr.escalade.inbox;

import fr.escalade.firm.Firm;
import fr.escalade.firm.FirmProperties;
import fr.escalade.system.Schedulers;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the mailbox of every firm that configures one ({@code escalade.firms.<id>.inbox}) and hands
 * each message to {@link InboundMailHandler}. A message is marked seen once it is processed; whether
 * it was is decided by Escalade's own record, not by the flag, so a person reading the mailbox too
 * makes no message go missing.
 */
@Component
public class InboxPoller {

  private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

  private final Map<String, Firm> firms;
  private final InboundMailHandler handler;
  private final InboundMessageRepository processed;
  private final boolean scheduled;

  InboxPoller(
      FirmProperties firms,
      InboundMailHandler handler,
      InboundMessageRepository processed,
      @Value("${escalade.inbox.scheduler-enabled:true}") boolean scheduled) {
    this.firms = firms.firms();
    this.handler = handler;
    this.processed = processed;
    this.scheduled = scheduled;
  }

  @Scheduled(
      scheduler = Schedulers.INBOX,
      fixedDelayString = "${escalade.inbox.poll-interval:60s}",
      initialDelayString = "${escalade.inbox.poll-interval:60s}")
  void pollOnSchedule() {
    if (scheduled) {
      pollAll();
    }
  }

  /** Reads every configured mailbox once; returns how many unread messages it processed and marked read. */
  public int pollAll() {
    int handled = 0;
    for (Map.Entry<String, Firm> firm : firms.entrySet()) {
      if (firm.getValue().inbox() != null) {
        try {
          handled += poll(firm.getKey(), firm.getValue());
        } catch (Exception e) {
          log.warn("Could not read the mailbox of {}: {}", firm.getKey(), e.toString());
        }
      }
    }
    return handled;
  }

  private int poll(String firmId, Firm firm) throws Exception {
    Firm.Inbox inbox = firm.inbox();
    Properties properties = new Properties();
    properties.put("mail." + inbox.protocol() + ".connectiontimeout", "10000");
    properties.put("mail." + inbox.protocol() + ".timeout", "20000");
    // reading a body must not mark it seen: it is, once processed
    properties.put("mail." + inbox.protocol() + ".peek", "true");
    Store store = Session.getInstance(properties).getStore(inbox.protocol());
    store.connect(inbox.host(), inbox.port(), inbox.username(), inbox.password());
    int handled = 0;
    try {
      Folder folder = store.getFolder(inbox.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Message[] messages = folder.getMessages();
        FetchProfile messageIds = new FetchProfile();
        messageIds.add("Message-ID");
        folder.fetch(messages, messageIds);
        for (Message message : messages) {
          try {
            InboundMessage outcome = process(firmId, firm, message);
            if (!message.isSet(Flags.Flag.SEEN)) {
              message.setFlag(Flags.Flag.SEEN, true);
              handled++;
              log.info("Message {} of {}: {} {}", outcome.getMessageId(), firmId, outcome.getOutcome(),
                  outcome.getComplaintReference() == null ? "" : outcome.getComplaintReference());
            }
          } catch (Exception e) {
            // left unprocessed: the next poll tries it again
            log.warn("Could not process a message of {}: {}", firmId, e.toString());
          }
        }
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
    return handled;
  }

  /**
   * What became of a message: a message already processed is known by its Message-ID header alone,
   * so its body is fetched and parsed once, not at every poll nor after a restart.
   */
  InboundMessage process(String firmId, Firm firm, Message message) throws Exception {
    String messageId = ReceivedMail.messageIdOf(message);
    Optional<InboundMessage> done = messageId == null ? Optional.empty() : processed.findByFirmAndMessageId(firmId, messageId);
    return done.isPresent() ? done.get() : handler.handle(firmId, firm, ReceivedMail.of(message));
  }
}
