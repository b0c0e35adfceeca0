package fr.escalade.staff;

import fr.escalade.complaint.Complainant;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.correspondence.Correspondence;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.correspondence.LetterType;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Firms;
import fr.escalade.firm.Mediators;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.identity.Roles;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /personnel/reclamations/{reference}}: one complaint as staff follow it — where it stands,
 * its dates (the legal deadline the register keeps, and the working day the firm aims for), its
 * level, referrals to the mediator, delay notices, and every letter with its text. Whoever may read
 * {@code GET /api/complaints/{reference}} may read it, for the same firms; another firm's complaint
 * is the same 404 as an unknown reference.
 */
@Controller
class ComplaintPageController {

  private final ComplaintRegister register;
  private final Correspondence correspondence;
  private final Firms firms;
  private final Mediators mediators;
  private final DeadlinePlanner planner;

  ComplaintPageController(
      ComplaintRegister register, Correspondence correspondence, Firms firms, Mediators mediators, DeadlinePlanner planner) {
    this.register = register;
    this.correspondence = correspondence;
    this.firms = firms;
    this.mediators = mediators;
    this.planner = planner;
  }

  /**
   * A date the firm owes: the legal deadline, the day aimed for (the last working day on or before
   * it), the day it was met, and whether it is past without having been met.
   */
  record Due(String what, LocalDate legal, LocalDate target, LocalDate metOn, boolean late) {}

  /** A letter as the page lists it; {@code at}: when it left, or when it was written or received. */
  record LetterRow(long id, String type, String channel, String recipient, String subject, String status, boolean left,
      ZonedDateTime at, String body, boolean postal, boolean fromClient, boolean failed) {}

  @GetMapping("/personnel/reclamations/{reference}")
  @Transactional(readOnly = true)
  String page(@PathVariable String reference, Principal user, Authentication login, AccessibleFirms access, Model model) {
    Complaint complaint = access.visible(register.get(reference));
    Firm firm = firms.get(complaint.getFirm());
    LocalDate today = firms.today(complaint.getFirm());
    ZoneId zone = firm.calendar().timeZone();
    Complainant complainant = complaint.getComplainant();
    model.addAttribute("user", user.getName());
    model.addAttribute("c", complaint);
    model.addAttribute("complainant", complainant);
    model.addAttribute("firm", firm);
    model.addAttribute("status", Labels.of(complaint.getStatus()));
    model.addAttribute("level", Labels.level(complaint.getLevelReached()));
    model.addAttribute("entryLevel", Labels.level(complaint.getEntryLevel()));
    model.addAttribute("dues", dues(complaint, firm, today));
    model.addAttribute("qualification", complaint.getQualifiedAs() == null ? null : Labels.of(complaint.getQualifiedAs()));
    model.addAttribute("mediator", mediators.isKnown(complaint.getMediator()) ? mediators.get(complaint.getMediator()).name() : complaint.getMediator());
    model.addAttribute("letters", letters(complaint, zone));
    model.addAttribute("cockpit", canOpenCockpit(login) && complaint.getProcessInstanceId() != null
        ? "/camunda/app/cockpit/default/#/process-instance/" + complaint.getProcessInstanceId() + "/runtime" : null);
    return "staff/complaint";
  }

  /** A letter of the complaint as a PDF, to print or read as the client receives it. */
  @GetMapping(path = "/personnel/reclamations/{reference}/courriers/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable Long id, AccessibleFirms access) {
    Complaint complaint = access.visible(register.get(reference));
    byte[] pdf = correspondence.pdf(firms.get(complaint.getFirm()), reference, id);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + reference + "-" + id + ".pdf\"")
        // a client's letter: no browser or proxy keeps a copy
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }

  private List<Due> dues(Complaint complaint, Firm firm, LocalDate today) {
    boolean awaiting = ComplaintStatus.awaitsAnswer(complaint.getStatus(), complaint.getOutcome());
    LocalDate acknowledged = complaint.getDeadlines().acknowledgedOn();
    LocalDate answered = complaint.getAnswerSentOn();
    List<Due> dues = new ArrayList<>();
    dues.add(due("Accusé de réception", complaint.getAcknowledgementDueOn(), acknowledged, firm, today, awaiting && answered == null));
    dues.add(due("Réponse motivée", complaint.getAnswerDueOn(), answered, firm, today, awaiting));
    if (complaint.getDelay().isAnnounced()) {
      dues.add(new Due("Réponse à la date annoncée au client", complaint.getDelay().getExpectedAnswerOn(),
          complaint.getDelay().getExpectedAnswerOn(), answered, awaiting && answered == null && complaint.getDelay().getExpectedAnswerOn().isBefore(today)));
    }
    return dues;
  }

  private Due due(String what, LocalDate legal, LocalDate metOn, Firm firm, LocalDate today, boolean stillOwed) {
    return new Due(what, legal, planner.target(firm, legal), metOn, stillOwed && metOn == null && legal.isBefore(today));
  }

  private List<LetterRow> letters(Complaint complaint, ZoneId zone) {
    return correspondence.of(complaint.getReference()).stream()
        .map(letter -> new LetterRow(
            letter.id(),
            Labels.of(letter.type()),
            Labels.of(letter.channel()),
            letter.recipient(),
            letter.subject(),
            Labels.of(letter.status()),
            letter.sentAt() != null,
            (letter.sentAt() != null ? letter.sentAt() : letter.createdAt()).atZone(zone),
            letter.body(),
            letter.channel() == DeliveryChannel.POST,
            letter.type() == LetterType.CLIENT_MESSAGE,
            letter.status() == LetterStatus.FAILED))
        .toList();
  }

  private static boolean canOpenCockpit(Authentication login) {
    return login.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(Roles.SUPERVISORS) || group.equals(Roles.ADMIN));
  }
}
