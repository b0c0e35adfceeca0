package fr.escalade.intake;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complainant;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.TrackingLinks;

import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.deadline.ComplaintDeadlines;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.process.ComplaintProcess;
import fr.escalade.system.InvalidRequestException;
import fr.escalade.system.QueryLimits;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a complaint: checks it, computes its deadlines, gives it a reference and starts its
 * process, all in one transaction, so that a failure anywhere leaves nothing behind.
 */
@Service
public class ComplaintIntake {

  private final Firms firms;
  private final DeadlinePlanner planner;
  private final ComplaintRegister register;
  private final ComplaintProcess process;
  private final LetterWriter letters;
  private final Clock clock;
  private final TrackingLinks trackingLinks;

  ComplaintIntake(
      Firms firms,
      DeadlinePlanner planner,
      ComplaintRegister register,
      ComplaintProcess process,
      LetterWriter letters,
      Clock clock,
      TrackingLinks trackingLinks) {
    this.firms = firms;
    this.planner = planner;
    this.register = register;
    this.process = process;
    this.letters = letters;
    this.clock = clock;
    this.trackingLinks = trackingLinks;
  }

  /** A registered complaint and, when it was filed on the public page, the link only its filer sees. */
  public record OnlineSubmission(Complaint complaint, String trackingUrl) {}

  @Transactional
  public Complaint register(NewComplaint request) {
    return register(request, false).complaint();
  }

  /** Registers a complaint filed by its author on the public page, and gives them a tracking link. */
  @Transactional
  public OnlineSubmission registerOnline(NewComplaint request) {
    if (request.channel() != Channel.WEB) {
      throw new IllegalArgumentException("an online submission comes through the WEB channel");
    }
    return register(request, true);
  }

  /** Registers; an online complaint gets its tracking link before its dated copy is written. */
  private OnlineSubmission register(NewComplaint request, boolean online) {
    Firm firm =
        firms.find(request.firm())
            .orElseThrow(
                () -> InvalidRequestException.of("firm", "unknown firm '" + request.firm() + "'; known firms: " + firms.ids()));
    ZoneId zone = firm.calendar().timeZone();
    LocalDate today = firms.today(request.firm());
    LocalDate receivedOn = request.receivedOn() != null ? request.receivedOn() : today;
    int entryLevel = entryLevel(request, firm);
    check(request, firm, today, receivedOn);
    // an oral complaint is expressed the day it is heard: its clocks run from then (the stricter
    // reading), not from a written confirmation that may follow
    LocalDate sentOn = request.sentOn() == null && isOral(request.channel()) ? receivedOn : request.sentOn();

    ComplaintDeadlines deadlines = planner.plan(firm, sentOn, receivedOn);
    NewComplaint.Person person = request.complainant();
    Complaint complaint =
        new Complaint(
            register.newReference(today.getYear()),
            request.firm(),
            request.channel(),
            new Complainant(
                person.name().trim(),
                blankToNull(person.email()),
                blankToNull(person.postalAddress()),
                blankToNull(person.phone()),
                // null: not said (a message read in the mailbox), which is not "not a client"
                person.isClient(),
                person.isResident(),
                blankToNull(person.representedBy())),
            blankToNull(request.contractReference()),
            request.subject().trim(),
            request.description().trim(),
            sentOn,
            receivedOn,
            entryLevel,
            deadlines,
            clock.instant());
    String trackingUrl = online ? trackingLinks.issue(complaint) : null;
    register.enter(complaint);
    if (complaint.getChannel() == Channel.WEB) {
      // the regulator asks that an online submission be confirmed by a dated copy: by e-mail, or by
      // post to a client who gave only a postal address
      Map<String, Object> details = new HashMap<>();
      details.put("submittedAt", complaint.getRegisteredAt().atZone(zone));
      if (trackingUrl != null) {
        details.put("trackingUrl", trackingUrl);
      }
      letters.write(LetterType.SUBMISSION_COPY, complaint, details);
    }
    process.start(complaint, firm, deadlines);
    return new OnlineSubmission(complaint, trackingUrl);
  }

  private static int entryLevel(NewComplaint request, Firm firm) {
    if (request.entryLevel() == null) {
      return firm.hasFirstContactLevel() ? 1 : 2;
    }
    return request.entryLevel();
  }

  private static void check(NewComplaint request, Firm firm, LocalDate today, LocalDate receivedOn) {
    List<FieldProblem> problems = new ArrayList<>();
    problems.addAll(QueryLimits.reportedDateProblems("sentOn", request.sentOn(), today));
    problems.addAll(QueryLimits.reportedDateProblems("receivedOn", receivedOn, today));
    if (request.sentOn() != null && receivedOn.isBefore(request.sentOn())) {
      problems.add(new FieldProblem("receivedOn", "is before sentOn: a complaint cannot be received before it is sent"));
    }
    if (request.entryLevel() != null && request.entryLevel() == 1 && !firm.hasFirstContactLevel()) {
      problems.add(new FieldProblem("entryLevel", "firm '" + request.firm() + "' has no first-contact level; use 2"));
    }
    NewComplaint.Person person = request.complainant();
    if (isOral(request.channel())) {
      // heard on the phone or at the counter: a name and a way to call back are enough to register it;
      // the client is then invited to confirm it in writing
      if (isBlank(person.email()) && isBlank(person.postalAddress()) && isBlank(person.phone())) {
        problems.add(
            new FieldProblem("complainant", "needs a phone, an email or a postalAddress: the firm must be able to reach the complainant"));
      }
    } else if (isBlank(person.email()) && isBlank(person.postalAddress())) {
      problems.add(
          new FieldProblem("complainant", "needs an email or a postalAddress: the written answer must reach the complainant"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** A complaint heard rather than written: on the phone or at the counter. */
  static boolean isOral(Channel channel) {
    return channel == Channel.PHONE || channel == Channel.COUNTER;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.trim();
  }
}
