package fr.escalade.correspondence;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Deadline;
import fr.escalade.deadline.ComplaintDeadlines;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.identity.Roles;
import fr.escalade.system.Schedulers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the supervisors, once per letter, of a letter the client is owed by a deadline
 * (acknowledgement, answer, delay notice) that has not left when that deadline is near — from the
 * day agents are reminded of it ({@code escalade.reminders.*-days-before}) — or past: an e-mail
 * still PENDING after a failed attempt, a postal letter still TO_PRINT, a letter FAILED. A letter
 * that leaves before then never alerts; one whose deadline was met otherwise (an answer that left
 * stands for the acknowledgement) does not either.
 *
 * <p>Each alert is claimed by marking its letter in the transaction that writes the notice, so that
 * two nodes, or two polls, never write it twice, and a notice that could not be written is tried
 * again at the next poll.
 */
@Component
public class LetterWatch {

  private static final Logger log = LoggerFactory.getLogger(LetterWatch.class);

  /** The letters to the client a deadline is met by or hangs on. */
  static final Set<LetterType> OWED_BY_A_DEADLINE =
      EnumSet.of(LetterType.ACKNOWLEDGEMENT, LetterType.ANSWER, LetterType.DELAY_NOTICE);

  static final String TEMPLATE = "letter-not-sent";

  private final LetterRepository letters;
  private final LetterWriter writer;
  private final LetterProgress progress;
  private final ComplaintRegister register;
  private final Firms firms;
  private final DeadlinePlanner planner;
  private final DeliveryProperties delivery;
  private final TransactionTemplate transactions;
  private final Clock clock;

  LetterWatch(
      LetterRepository letters,
      LetterWriter writer,
      LetterProgress progress,
      ComplaintRegister register,
      Firms firms,
      DeadlinePlanner planner,
      DeliveryProperties delivery,
      TransactionTemplate transactions,
      Clock clock) {
    this.letters = letters;
    this.writer = writer;
    this.progress = progress;
    this.register = register;
    this.firms = firms;
    this.planner = planner;
    this.delivery = delivery;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(scheduler = Schedulers.LETTER_WATCH, fixedDelayString = "${escalade.delivery.watch-interval:5m}")
  void watchOnSchedule() {
    if (delivery.schedulerEnabled()) {
      alertUnsentLetters();
    }
  }

  /** Writes the alerts due now; returns how many letters were alerted on. */
  public int alertUnsentLetters() {
    int alerted = 0;
    for (Letter letter : letters.findStuck(OWED_BY_A_DEADLINE)) {
      try {
        if (Boolean.TRUE.equals(transactions.execute(status -> alertIfDue(letter.getId())))) {
          alerted++;
        }
      } catch (RuntimeException e) {
        // one letter's trouble (its complaint erased, a template error) must not silence the others
        log.warn("Could not check letter {} of {}: {}", letter.getId(), letter.getComplaintReference(), e.toString());
      }
    }
    return alerted;
  }

  private boolean alertIfDue(Long id) {
    Letter letter = letters.findById(id).orElse(null);
    if (letter == null || letter.getNotSentAlertedAt() != null || !LetterProgress.NOT_LEFT.contains(letter.getStatus())) {
      return false;
    }
    Complaint complaint = register.get(letter.getComplaintReference());
    Deadline deadline = letter.getType() == LetterType.ACKNOWLEDGEMENT ? Deadline.ACKNOWLEDGEMENT : Deadline.ANSWER;
    if (progress.of(complaint, deadline) == LetterProgress.Progress.SENT) {
      return false;
    }
    Firm firm = firms.get(complaint.getFirm());
    if (firms.today(complaint.getFirm()).isBefore(watchFrom(firm, complaint, deadline))) {
      return false;
    }
    if (letters.markNotSentAlerted(id, clock.instant()) != 1) {
      return false;
    }
    writer.writeToStaff(LetterType.ESCALATION, TEMPLATE, complaint, Roles.SUPERVISORS, details(letter, firm, complaint, deadline));
    return true;
  }

  /** The day agents are reminded of the deadline: the letter should have left by then. */
  private LocalDate watchFrom(Firm firm, Complaint complaint, Deadline deadline) {
    ComplaintDeadlines plan = planner.plan(firm, complaint.getSentOn(), complaint.getReceivedOn());
    return deadline == Deadline.ACKNOWLEDGEMENT ? plan.acknowledgementReminder() : plan.answerReminder();
  }

  private static Map<String, Object> details(Letter letter, Firm firm, Complaint complaint, Deadline deadline) {
    Map<String, Object> details = new HashMap<>();
    details.put("letter", letter);
    details.put("letterLabel", label(letter.getType()));
    details.put("channelLabel", letter.getChannel() == DeliveryChannel.POST ? "par courrier postal" : "par courriel");
    details.put("recipient", letter.getRecipient().replace("\n", ", "));
    details.put("writtenAt", letter.getCreatedAt().atZone(firm.calendar().timeZone()));
    details.put("statusLabel", statusLabel(letter.getStatus()));
    details.put("deadlineLabel", deadline.label());
    details.put("deadline", complaint.dueOn(deadline));
    return details;
  }

  private static String label(LetterType type) {
    return switch (type) {
      case ACKNOWLEDGEMENT -> "Accusé de réception";
      case ANSWER -> "Réponse motivée";
      case DELAY_NOTICE -> "Information du client sur le retard";
      default -> type.name();
    };
  }

  private static String statusLabel(LetterStatus status) {
    return switch (status) {
      case PENDING -> "non délivré, nouvel essai prévu";
      case TO_PRINT -> "à imprimer";
      case FAILED -> "en échec, plus aucun essai prévu";
      default -> status.name();
    };
  }
}
