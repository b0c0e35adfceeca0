package fr.escalade.correspondence;

import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.system.Schedulers;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the letters the process recorded, once their transaction has committed: e-mails through
 * SMTP, postal letters rendered to PDF and listed to print, internal notices to the staff's
 * addresses. A failed attempt is retried after the configured delays; when they are used up the
 * letter is FAILED and shows as an incident in Cockpit until someone retries it.
 *
 * <p>Each letter is claimed in a transaction of its own before it is sent and marked after, so two
 * nodes never send the same letter, and a crash between sending and marking resends it with the
 * same Message-ID once the claim has expired.
 */
@Component
public class LetterDispatcher {

  private static final Logger log = LoggerFactory.getLogger(LetterDispatcher.class);
  private static final int MARKING_ATTEMPTS = 3;

  private final LetterRepository letters;
  private final ComplaintRegister register;
  private final Firms firms;
  private final StaffAddresses staff;
  private final LetterLayout layout;
  private final LetterIncidents incidents;
  private final LetterSentDates sentDates;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final DeliveryProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  LetterDispatcher(
      LetterRepository letters,
      ComplaintRegister register,
      Firms firms,
      StaffAddresses staff,
      LetterLayout layout,
      LetterIncidents incidents,
      LetterSentDates sentDates,
      ObjectProvider<JavaMailSender> mailSender,
      DeliveryProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.letters = letters;
    this.register = register;
    this.firms = firms;
    this.staff = staff;
    this.layout = layout;
    this.incidents = incidents;
    this.sentDates = sentDates;
    this.mailSender = mailSender;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(scheduler = Schedulers.DELIVERY, fixedDelayString = "${escalade.delivery.poll-interval:5s}")
  void deliverOnSchedule() {
    if (properties.schedulerEnabled()) {
      deliverDue();
    }
  }

  /** Delivers the letters that are due now; returns how many were attempted. */
  public int deliverDue() {
    List<Long> due = letters.findDue(clock.instant(), Limit.of(properties.batchSize()));
    int attempted = 0;
    for (Long id : due) {
      if (claim(id)) {
        deliver(id);
        attempted++;
      }
    }
    return attempted;
  }

  private boolean claim(Long id) {
    try {
      return Boolean.TRUE.equals(
          transactions.execute(status -> {
            Letter letter = letters.findById(id).orElse(null);
            Instant now = clock.instant();
            if (letter == null || letter.getStatus() != LetterStatus.PENDING || letter.getNextAttemptAt().isAfter(now)) {
              return false;
            }
            letter.claim(now.plus(properties.claimTimeout()));
            letters.flush();
            return true;
          }));
    } catch (ObjectOptimisticLockingFailureException | OptimisticLockException claimedElsewhere) {
      return false;
    }
  }

  private void deliver(Long id) {
    Letter letter = letters.findById(id).orElseThrow();
    String firmId = register.get(letter.getComplaintReference()).getFirm();
    Firm firm = firms.get(firmId);
    try {
      switch (letter.getChannel()) {
        case EMAIL -> {
          mail().send(letter, firm, List.of(letter.getRecipient()));
          markSent(id);
        }
        case INTERNAL -> {
          List<String> addresses = staff.of(letter.getRecipient(), firmId);
          if (addresses.isEmpty()) {
            throw new IllegalStateException("no e-mail address for " + letter.getRecipient());
          }
          mail().send(letter, firm, addresses);
          update(id, sent -> sent.sent(clock.instant()));
        }
        case POST -> {
          byte[] pdf = layout.pdf(firm, letter.getSubject(), letter.getBody());
          update(id, printable -> printable.readyToPrint(pdf));
        }
      }
    } catch (Exception e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Delivery of letter {} of {} failed: {}", id, letter.getComplaintReference(), error);
      Letter failed = update(id, l -> l.failed(error, clock.instant(), properties.delayAfter(l.getAttempts() + 1)));
      if (failed.getStatus() == LetterStatus.FAILED) {
        incidents.raise(failed);
      }
    }
  }

  /**
   * Marks an accepted e-mail SENT and, in the same transaction, gives the register the day it left.
   * The complaint may be saved by a process step at that very moment: the marking is then tried
   * again on the fresh complaint rather than counted as a failed delivery, which would send the
   * e-mail twice.
   */
  private void markSent(Long id) {
    for (int attempt = 1; ; attempt++) {
      try {
        update(id, sent -> {
          Instant now = clock.instant();
          sent.sent(now);
          sentDates.left(sent, now);
        });
        return;
      } catch (ObjectOptimisticLockingFailureException | OptimisticLockException concurrentChange) {
        if (attempt == MARKING_ATTEMPTS) {
          throw concurrentChange;
        }
      }
    }
  }

  private LetterMail mail() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      throw new IllegalStateException("no mail server configured (spring.mail.host)");
    }
    return new LetterMail(impl, layout);
  }

  private Letter update(Long id, java.util.function.Consumer<Letter> change) {
    return transactions.execute(status -> {
      Letter letter = letters.findById(id).orElseThrow();
      change.accept(letter);
      return letter;
    });
  }
}
