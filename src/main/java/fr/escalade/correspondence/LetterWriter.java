package fr.escalade.correspondence;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complainant;
import fr.escalade.complaint.Complaint;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.firm.Insurer;
import fr.escalade.firm.Mediator;
import fr.escalade.firm.Mediators;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Writes a letter from its French template ({@code letters/<type>.txt}: first line "Objet : …",
 * then the body) with the complaint, its firm and its mediator, and records it in the complaint's
 * correspondence.
 */
@Service
public class LetterWriter {

  private static final String SUBJECT_PREFIX = "Objet :";
  /** The characters of a received message that are kept: see {@link #recordReceived}. */
  public static final int MAX_RECEIVED = 50_000;

  private final Firms firms;
  private final Mediators mediators;
  private final LetterRepository letters;
  private final Clock clock;
  private final DeadlinePlanner planner;
  private final TemplateEngine templates = LetterTemplates.engine(TemplateMode.TEXT, ".txt");

  LetterWriter(
      Firms firms,
      Mediators mediators,
      LetterRepository letters,
      Clock clock,
      DeadlinePlanner planner) {
    this.firms = firms;
    this.mediators = mediators;
    this.letters = letters;
    this.clock = clock;
    this.planner = planner;
  }

  /** Writes a letter to the complainant or the mediator, as its type says. */
  @Transactional
  public Letter write(LetterType type, Complaint complaint, Map<String, ?> details) {
    return switch (type.recipient()) {
      case COMPLAINANT -> {
        if (!complaint.getComplainant().hasAddress()) {
          throw new IllegalStateException(complaint.getReference() + " has no address to write " + type + " to");
        }
        yield record(type, complaint, complainantChannel(complaint), complainantAddress(complaint), details);
      }
      case MEDIATOR -> toMediator(type, complaint, details);
      case INSURER -> throw new IllegalArgumentException(type + " goes to an insurer's complaints service: use writeToInsurer");
      case STAFF -> throw new IllegalArgumentException(type + " goes to staff: use writeToStaff");
      case FIRM -> throw new IllegalArgumentException(type + " is received, not written: use recordReceived");
    };
  }

  /** A letter to the complaint's mediator goes to its e-mail, or by post when it gives none. */
  private Letter toMediator(LetterType type, Complaint complaint, Map<String, ?> details) {
    Mediator mediator = mediatorOf(complaint);
    return mediator.takesEmail()
        ? record(type, complaint, DeliveryChannel.EMAIL, mediator.email(), details)
        : record(type, complaint, DeliveryChannel.POST, mediator.name() + "\n" + mediator.postalAddress(), details);
  }

  /** The mediator the complaint goes to; its firm's default while it records none yet. */
  private Mediator mediatorOf(Complaint complaint) {
    return mediators.find(complaint.getMediator()).orElseGet(() -> mediators.defaultFor(complaint.getFirm()));
  }

  /**
   * Writes a letter to an insurer's complaints service: by e-mail when it has an address, by post
   * otherwise. Its template reads the insurer as {@code insurer}.
   */
  @Transactional
  public Letter writeToInsurer(LetterType type, Complaint complaint, Insurer insurer, Map<String, ?> details) {
    if (type.recipient() != LetterType.Recipient.INSURER) {
      throw new IllegalArgumentException(type + " does not go to an insurer");
    }
    Map<String, Object> withInsurer = new java.util.HashMap<>(details);
    withInsurer.put("insurer", insurer);
    return insurer.takesEmail()
        ? record(type, complaint, DeliveryChannel.EMAIL, insurer.email(), withInsurer)
        : record(type, complaint, DeliveryChannel.POST, insurer.name() + " – " + insurer.complaintsService() + "\n" + insurer.postalAddress(), withInsurer);
  }

  /** Writes an internal notice to the named staff (users or groups). */
  @Transactional
  public Letter writeToStaff(LetterType type, Complaint complaint, String recipients, Map<String, ?> details) {
    return record(type, complaint, DeliveryChannel.INTERNAL, recipients, details);
  }

  /**
   * Writes an internal notice of {@code type} from a template of its own ({@code letters/<template>.txt}),
   * for a notice that is one of a kind (an ESCALATION) but says something else than the type's own.
   */
  @Transactional
  public Letter writeToStaff(
      LetterType type, String template, Complaint complaint, String recipients, Map<String, ?> details) {
    if (type.recipient() != LetterType.Recipient.STAFF) {
      throw new IllegalArgumentException(type + " does not go to staff");
    }
    return record(type, template, complaint, DeliveryChannel.INTERNAL, recipients, details);
  }

  /**
   * Keeps a message received from the client as a letter of the complaint's correspondence, its
   * first {@value #MAX_RECEIVED} characters: some 25 typed pages, more than a client writes, while
   * every view of the complaint, its API and its mediator file stay light whatever was sent.
   */
  @Transactional
  public Letter recordReceived(String reference, String from, String subject, String body, java.time.Instant receivedAt) {
    String kept = body.length() <= MAX_RECEIVED ? body : body.substring(0, MAX_RECEIVED - 1) + "…";
    Letter letter =
        new Letter(reference, LetterType.CLIENT_MESSAGE, DeliveryChannel.EMAIL, from, subject, kept, receivedAt);
    letter.received();
    return letters.save(letter);
  }

  private Letter record(
      LetterType type, Complaint complaint, DeliveryChannel channel, String recipient, Map<String, ?> details) {
    return record(type, type.templateName(), complaint, channel, recipient, details);
  }

  private Letter record(
      LetterType type, String template, Complaint complaint, DeliveryChannel channel, String recipient,
      Map<String, ?> details) {
    return letters.save(compose(type, template, complaint, channel, recipient, details));
  }

  /**
   * The letter to the complainant as {@link #write} would write it — same template, channel and
   * recipient — but neither saved nor sent: for a supervisor to read before approving it.
   */
  public Letter preview(LetterType type, Complaint complaint, Map<String, ?> details) {
    if (type.recipient() != LetterType.Recipient.COMPLAINANT) {
      throw new IllegalArgumentException(type + " is not a letter to the complainant");
    }
    if (!complaint.getComplainant().hasAddress()) {
      throw new IllegalStateException(complaint.getReference() + " has no address to write " + type + " to");
    }
    return compose(
        type, type.templateName(), complaint, complainantChannel(complaint), complainantAddress(complaint), details);
  }

  private Letter compose(
      LetterType type, String template, Complaint complaint, DeliveryChannel channel, String recipient,
      Map<String, ?> details) {
    String text = render(template, complaint, details);
    int firstLineEnd = text.indexOf('\n');
    String firstLine = (firstLineEnd < 0 ? text : text.substring(0, firstLineEnd)).strip();
    if (!firstLine.startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException("Template of " + type + " must start with '" + SUBJECT_PREFIX + "'");
    }
    String subject = firstLine.substring(SUBJECT_PREFIX.length()).strip();
    String body = firstLineEnd < 0 ? "" : text.substring(firstLineEnd + 1).strip() + "\n";
    return new Letter(complaint.getReference(), type, channel, recipient, subject, body, clock.instant());
  }

  String render(LetterType type, Complaint complaint, Map<String, ?> details) {
    return render(type.templateName(), complaint, details);
  }

  private String render(String template, Complaint complaint, Map<String, ?> details) {
    Context context = new Context(Locale.FRANCE);
    details.forEach(context::setVariable);
    context.setVariable("complaint", complaint);
    Firm firm = firms.get(complaint.getFirm());
    context.setVariable("firm", firm);
    // the dates the firm commits to in letters: the legal deadline, or the last working day before it
    // when it falls on a Sunday or a holiday (the register keeps the legal date)
    context.setVariable("acknowledgementTarget", planner.target(firm, complaint.getAcknowledgementDueOn()));
    context.setVariable("answerTarget", planner.target(firm, complaint.getAnswerDueOn()));
    context.setVariable("mediator", mediatorOf(complaint));
    context.setVariable("today", firms.today(complaint.getFirm()));
    context.setVariable("dates", LetterDates.FRENCH);
    return templates.process(template, context);
  }

  private static DeliveryChannel complainantChannel(Complaint complaint) {
    Complainant who = complaint.getComplainant();
    boolean hasEmail = who.getEmail() != null;
    boolean hasPostalAddress = who.getPostalAddress() != null;
    // a complaint received by post is answered by post when the client gave an address for it
    if (!hasEmail || (complaint.getChannel() == Channel.POST && hasPostalAddress)) {
      return DeliveryChannel.POST;
    }
    return DeliveryChannel.EMAIL;
  }

  private static String complainantAddress(Complaint complaint) {
    Complainant who = complaint.getComplainant();
    return complainantChannel(complaint) == DeliveryChannel.EMAIL
        ? who.getEmail()
        : who.getName() + "\n" + who.getPostalAddress();
  }
}
