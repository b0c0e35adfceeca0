package fr.escalade.inbox;

import fr.escalade.firm.Firm;
import fr.escalade.firm.FirmProperties;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Map;
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
  private final boolean scheduled;

  InboxPoller(
      FirmProperties firms, InboundMailHandler handler, @Value("${escalade.inbox.scheduler-enabled:true}") boolean scheduled) {
    this.firms = firms.firms();
    this.handler = handler;
    this.scheduled = scheduled;
  }

  @Scheduled(fixedDelayString = "${escalade.inbox.poll-interval:60s}", initialDelayString = "${escalade.inbox.poll-interval:60s}")
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
    Store store = Session.getInstance(properties).getStore(inbox.protocol());
    store.connect(inbox.host(), inbox.port(), inbox.username(), inbox.password());
    int handled = 0;
    try {
      Folder folder = store.getFolder(inbox.folder());
      folder.open(Folder.READ_WRITE);
      try {
        for (Message message : folder.getMessages()) {
          try {
            ReceivedMail mail = ReceivedMail.of(message);
            InboundMessage outcome = handler.handle(firmId, firm, mail);
            if (!message.isSet(Flags.Flag.SEEN)) {
              message.setFlag(Flags.Flag.SEEN, true);
              handled++;
              log.info("Message {} of {}: {} {}", mail.messageId(), firmId, outcome.getOutcome(),
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
}
