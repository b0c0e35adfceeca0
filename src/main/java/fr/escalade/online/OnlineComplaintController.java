package fr.escalade.online;

import fr.escalade.system.AddressRateLimiter;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.intake.NewComplaint;
import fr.escalade.correspondence.LetterDates;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.firm.Mediators;
import fr.escalade.retention.RetentionPeriods;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public complaint form of each firm, {@code /reclamation/{firm}}: no login, the procedure in
 * plain French, and a dated receipt with a tracking link once the complaint is registered.
 */
@Controller
class OnlineComplaintController {

  private final Firms firms;
  private final Mediators mediators;
  private final ComplaintIntake intake;
  private final AddressRateLimiter submissions;
  private final RetentionPeriods retention;

  OnlineComplaintController(
      Firms firms,
      Mediators mediators,
      RetentionPeriods retention,
      ComplaintIntake intake,
      @Value("${escalade.online.submissions-per-hour:5}") int submissionsPerHour) {
    this.firms = firms;
    this.mediators = mediators;
    this.retention = retention;
    this.intake = intake;
    this.submissions = new AddressRateLimiter(submissionsPerHour, Duration.ofHours(1));
  }

  /** The receipt, carried across the redirect after the submission (flash attributes). */
  record Receipt(String reference, ZonedDateTime submittedAt, String acknowledgementDueOn, String answerDueOn, String trackingUrl) {}

  @GetMapping("/reclamation/{firmId}")
  String form(@PathVariable String firmId, Model model, HttpServletResponse response) {
    Optional<Firm> firm = firms.find(firmId);
    if (firm.isEmpty()) {
      return ClientPages.notFound(response);
    }
    model.addAttribute("terms", terms(firmId, firm.get()));
    model.addAttribute("form", new OnlineComplaintForm());
    return "online/complaint-form";
  }

  @PostMapping("/reclamation/{firmId}")
  String submit(
      @PathVariable String firmId,
      @Valid @ModelAttribute("form") OnlineComplaintForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<Firm> firm = firms.find(firmId);
    if (firm.isEmpty()) {
      return ClientPages.notFound(response);
    }
    model.addAttribute("terms", terms(firmId, firm.get()));
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "online/complaint-form";
    }
    String address = request.getRemoteAddr();
    if (!submissions.tryAcquire(address)) {
      return ClientPages.tooManyRequests(response, model, submissions.minutesToWait(address));
    }
    ComplaintIntake.OnlineSubmission submission = intake.registerOnline(toComplaint(firmId, form));
    Complaint complaint = submission.complaint();
    redirect.addFlashAttribute(
        "receipt",
        new Receipt(
            complaint.getReference(),
            complaint.getRegisteredAt().atZone(firm.get().calendar().timeZone()),
            ClientPages.day(complaint.getAcknowledgementDueOn()),
            ClientPages.day(complaint.getAnswerDueOn()),
            submission.trackingUrl()));
    return "redirect:/reclamation/" + firmId + "/recu";
  }

  @GetMapping("/reclamation/{firmId}/recu")
  String receipt(@PathVariable String firmId, Model model, HttpServletResponse response) {
    Optional<Firm> firm = firms.find(firmId);
    if (firm.isEmpty()) {
      return ClientPages.notFound(response);
    }
    if (!model.containsAttribute("receipt")) {
      // a receipt is shown once, right after the submission; the tracking link is the way back
      return "redirect:/reclamation/" + firmId;
    }
    model.addAttribute("terms", terms(firmId, firm.get()));
    // the time of the submission with the place whose time it is, in words
    model.addAttribute("dates", LetterDates.FRENCH);
    return "online/receipt";
  }

  private ProcedureTerms terms(String firmId, Firm firm) {
    return ProcedureTerms.of(firmId, firm, mediators.defaultFor(firmId), retention.of(firmId));
  }

  /**
   * The page is the complaints service's own form (the procedure it shows sends clients to their
   * usual interlocutor first), so an online complaint enters at level 2.
   */
  private static NewComplaint toComplaint(String firmId, OnlineComplaintForm form) {
    return new NewComplaint(
        firmId,
        Channel.WEB,
        null,
        null,
        2,
        new NewComplaint.Person(
            form.getName(), form.getEmail(), form.getPostalAddress(), form.getPhone(), form.getClient(), null,
            form.getRepresentedBy()),
        form.getContractReference(),
        form.getSubject(),
        form.getDescription());
  }
}
