package fr.escalade.online;

import fr.escalade.system.AddressRateLimiter;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.complaint.Deadlines;
import fr.escalade.complaint.Mediation;
import fr.escalade.complaint.TrackingTokens;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /suivi/{token}}: where the client follows a complaint filed online. It shows the procedure's
 * dates and nothing of the complaint the client did not write themselves.
 */
@Controller
class TrackingController {

  private final ComplaintRepository complaints;
  private final Firms firms;
  private final AddressRateLimiter views;

  TrackingController(
      ComplaintRepository complaints,
      Firms firms,
      @Value("${escalade.online.tracking-views-per-minute:30}") int viewsPerMinute) {
    this.complaints = complaints;
    this.firms = firms;
    this.views = new AddressRateLimiter(viewsPerMinute, Duration.ofMinutes(1));
  }

  /** One step of the procedure: when it is due (worded), and when it happened. */
  record Step(String name, String due, String doneOn, boolean firmStep) {}

  record Tracking(
      String reference, String firmName, String logoUrl, Firm.Contact complaintsService, String subject, String submittedOn,
      String status, String level, String outcome, String expectedAnswerOn, List<Step> steps) {}

  @GetMapping("/suivi/{token}")
  @Transactional(readOnly = true)
  String track(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
    String address = request.getRemoteAddr();
    if (!views.tryAcquire(address)) {
      return ClientPages.tooManyRequests(response, model, views.minutesToWait(address));
    }
    if (token.length() > 100) {
      return ClientPages.notFound(response);
    }
    Optional<Complaint> found = complaints.findByTrackingTokenHash(TrackingTokens.hash(token));
    if (found.isEmpty()) {
      return ClientPages.notFound(response);
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    model.addAttribute("tracking", tracking(found.get()));
    return "online/tracking";
  }

  private Tracking tracking(Complaint c) {
    Firm firm = firms.get(c.getFirm());
    Deadlines deadlines = c.getDeadlines();
    Mediation mediation = c.getMediation();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("Réclamation reçue", null, date(c.getReceivedOn()), true));
    steps.add(new Step("Accusé de réception", "au plus tard le " + date(deadlines.getAcknowledgementDueOn()),
        date(deadlines.acknowledgedOn()), true));
    steps.add(new Step("Réponse motivée", "au plus tard le " + date(deadlines.getAnswerDueOn()),
        date(deadlines.getAnswerSentOn()), true));
    steps.add(new Step("Recours au médiateur, si vous le souhaitez", "à partir du " + date(mediation.getOpensOn()),
        mediation.isReferred() ? date(mediation.getReferredOn()) : null, false));
    if (c.getClosedOn() != null) {
      steps.add(new Step("Clôture", null, date(c.getClosedOn()), true));
    }
    return new Tracking(
        c.getReference(),
        firm.name(),
        firm.logoUrl(),
        firm.complaintsService(),
        c.getSubject(),
        date(c.getStartDate()),
        status(c),
        level(c.getLevelReached()),
        c.getOutcome() == null ? null : c.getOutcome().label(),
        deadlines.getAnswerSentOn() == null ? date(c.getDelay().getExpectedAnswerOn()) : null,
        steps);
  }

  /** An answer is "sent" once its letter has left; until then the client is told it is on its way. */
  private static String status(Complaint c) {
    boolean answerOnItsWay =
        c.getStatus() == ComplaintStatus.ANSWERED && c.getDeadlines().getAnswerSentOn() == null;
    return answerOnItsWay ? "Réponse rédigée, en cours d'envoi" : c.getStatus().label();
  }

  private static String level(int level) {
    return switch (level) {
      case 1 -> "Niveau 1 – votre interlocuteur habituel";
      case 2 -> "Niveau 2 – le service réclamations";
      default -> "Niveau 3 – le médiateur";
    };
  }

  private static String date(LocalDate date) {
    return date == null ? null : ClientPages.day(date);
  }
}
