package fr.escalade.inbox;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.intake.NewComplaint;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.system.PlainText;
import fr.escalade.identity.Roles;
import fr.escalade.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what a message received in a firm's mailbox is, and acts on it in one transaction with
 * the record that it was processed: a message naming the reference of one of the firm's complaints
 * is filed with it, flagged when its sender is not the complainant's address; any other message
 * from an address registers a message to qualify (channel EMAIL, sent on its Date header, at the
 * mailbox's level), whether or not it says "réclamation": a client need not name the word for the
 * firm's clocks to run, and staff qualify it as a complaint or a simple request. Another firm's
 * reference names nothing here, so its message is registered too: the sender wrote to this firm. A
 * message without a sender address becomes a task for the complaints service. Nothing is dropped.
 */
@Service
class InboundMailHandler {

  static final Pattern REFERENCE = Pattern.compile("REC-\\d{4}-\\d{6}");
  static final int MAX_SUBJECT = 200;
  static final int MAX_DESCRIPTION = 10_000;
  static final String OTHER_SENDER = "(expéditeur différent du réclamant)";

  private final InboundMessageRepository processed;
  private final ComplaintIntake intake;
  private final ComplaintRegister register;
  private final LetterWriter letters;
  private final TaskService tasks;
  private final Firms firms;
  private final Clock clock;

  InboundMailHandler(
      InboundMessageRepository processed,
      ComplaintIntake intake,
      ComplaintRegister register,
      LetterWriter letters,
      TaskService tasks,
      Firms firms,
      Clock clock) {
    this.processed = processed;
    this.intake = intake;
    this.register = register;
    this.letters = letters;
    this.tasks = tasks;
    this.firms = firms;
    this.clock = clock;
  }

  @Transactional
  public InboundMessage handle(String firmId, Firm firm, ReceivedMail mail) {
    Optional<InboundMessage> done = processed.findByFirmAndMessageId(firmId, mail.messageId());
    if (done.isPresent()) {
      return done.get();
    }
    InboundMessage outcome;
    Optional<Complaint> named = namedComplaint(firmId, mail);
    if (named.isPresent()) {
      String reference = named.get().getReference();
      boolean otherSender = !fromComplainant(named.get(), mail);
      keep(reference, mail, otherSender);
      String name =
          otherSender ? "Lire le message reçu sur " + reference + " " + OTHER_SENDER : "Lire le message du client sur " + reference;
      triage(firmId, firm, mail, name, reference, otherSender);
      outcome = new InboundMessage(firmId, mail.messageId(), InboundMessage.Outcome.ATTACHED, reference, clock.instant());
    } else if (mail.fromAddress() != null) {
      // with or without the keyword: the first task of its process is to qualify it
      Complaint complaint = intake.register(complaint(firmId, firm, mail));
      keep(complaint.getReference(), mail, false);
      outcome =
          new InboundMessage(firmId, mail.messageId(), InboundMessage.Outcome.REGISTERED, complaint.getReference(), clock.instant());
    } else {
      // no address to answer to: a person reads it
      triage(firmId, firm, mail, "Trier un courriel reçu", null, false);
      outcome = new InboundMessage(firmId, mail.messageId(), InboundMessage.Outcome.LEFT_FOR_TRIAGE, null, clock.instant());
    }
    return processed.save(outcome);
  }

  /**
   * The first complaint of the mailbox's firm that the subject names. Another firm's reference is as
   * unknown here as a made-up one: a mailbox never feeds, nor shows its firm's staff, another firm's
   * complaint.
   */
  private Optional<Complaint> namedComplaint(String firmId, ReceivedMail mail) {
    Matcher reference = REFERENCE.matcher(mail.subject());
    while (reference.find()) {
      try {
        Complaint complaint = register.get(reference.group());
        if (complaint.getFirm().equals(firmId)) {
          return Optional.of(complaint);
        }
      } catch (NotFoundException unknown) {
        // another number that looks like a reference: look further
      }
    }
    return Optional.empty();
  }

  /** Anyone can quote a reference: staff are told when the message is not from the complainant's address. */
  private static boolean fromComplainant(Complaint complaint, ReceivedMail mail) {
    String complainant = complaint.getComplainant().getEmail();
    return mail.fromAddress() != null && complainant != null && complainant.strip().equalsIgnoreCase(mail.fromAddress());
  }

  static boolean marksAComplaint(Firm firm, ReceivedMail mail) {
    String text = PlainText.of(mail.subject() + "\n" + mail.text());
    return firm.inbox().keywords().stream().map(PlainText::of).anyMatch(text::contains);
  }

  private NewComplaint complaint(String firmId, Firm firm, ReceivedMail mail) {
    ZoneId zone = firm.calendar().timeZone();
    LocalDate today = firms.today(firmId);
    LocalDate sentOn = mail.sentAt() == null ? null : mail.sentAt().atZone(zone).toLocalDate();
    if (sentOn != null && sentOn.isAfter(today)) {
      sentOn = today; // a sender's clock ahead of ours must not refuse the complaint
    }
    String subject =
        mail.subject().isBlank()
            ? (marksAComplaint(firm, mail) ? "Réclamation reçue par e-mail" : "Message reçu par e-mail")
            : cut(mail.subject(), MAX_SUBJECT);
    String description = mail.text().isBlank() ? subject : cut(mail.text(), MAX_DESCRIPTION);
    String name = mail.fromName() != null && !mail.fromName().isBlank() ? cut(mail.fromName(), 200) : mail.fromAddress();
    return new NewComplaint(
        firmId, Channel.EMAIL, sentOn, today, entryLevel(firm),
        // a message says nothing of whether its sender is a client: unknown, not "not a client"
        new NewComplaint.Person(name, mail.fromAddress(), null, null, null, null, null),
        null, subject, description);
  }

  /** The mailbox's level; none: the firm's entry level. */
  private static Integer entryLevel(Firm firm) {
    return firm.inbox() == null ? null : firm.inbox().level();
  }

  private void keep(String reference, ReceivedMail mail, boolean otherSender) {
    letters.recordReceived(
        reference,
        sender(mail, otherSender),
        mail.subject().isBlank() ? "(sans objet)" : cut(mail.subject(), 300),
        mail.text(),
        mail.sentAt() != null ? mail.sentAt() : clock.instant());
  }

  private static String sender(ReceivedMail mail, boolean otherSender) {
    if (mail.fromAddress() == null) {
      return "(expéditeur inconnu)";
    }
    return otherSender ? mail.fromAddress() + " " + OTHER_SENDER : mail.fromAddress();
  }

  private void triage(String firmId, Firm firm, ReceivedMail mail, String name, String reference, boolean otherSender) {
    Task task = tasks.newTask();
    task.setName(name);
    // the firm's tenant: only its staff see the message in Tasklist
    task.setTenantId(firmId);
    task.setDescription(
        "Courriel reçu à la boîte de " + firm.name()
            + "\nDe : " + (mail.fromAddress() == null ? "(inconnu)" : sender(mail, otherSender))
            + "\nObjet : " + cut(mail.subject(), 300)
            + "\n\n" + cut(mail.text(), 3_000));
    task.setDueDate(java.util.Date.from(clock.instant().plus(java.time.Duration.ofDays(2))));
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), Roles.COMPLAINTS_SERVICE);
    if (reference != null) {
      tasks.setVariableLocal(task.getId(), "reference", reference);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
