package fr.escalade.staff;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.register.RegisterSelection;
import fr.escalade.system.ControlCharacters;
import fr.escalade.system.QueryLimits;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /personnel/reclamations}: staff find a complaint of their firms by its reference (or its
 * beginning) or the complainant's name ("helene mar" finds Hélène Martin), through the register's
 * own search, a page of {@link #PAGE_SIZE} at a time, the latest first.
 */
@Controller
class ComplaintSearchController {

  static final int PAGE_SIZE = 20;

  private final ComplaintRepository complaints;
  private final Firms firms;

  ComplaintSearchController(ComplaintRepository complaints, Firms firms) {
    this.complaints = complaints;
    this.firms = firms;
  }

  /** A complaint found, as the list shows it. */
  record Row(String reference, String firm, String complainant, String subject, LocalDate startDate, String status,
      String level, LocalDate answerDueOn) {}

  @GetMapping("/personnel/reclamations")
  @Transactional(readOnly = true)
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") String page,
      Principal user,
      AccessibleFirms access,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("user", user.getName());
    String typed = q == null ? "" : q.strip();
    model.addAttribute("q", typed);
    if (typed.isEmpty()) {
      return "staff/search";
    }
    String problem = problemWith(typed);
    int pageNumber = pageNumber(page);
    if (problem == null && pageNumber < 0) {
      problem = "Page inconnue.";
    }
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problem", problem);
      return "staff/search";
    }
    Page<Complaint> found =
        complaints.findAll(
            RegisterSelection.search(typed).toSpecification(firms.todayByFirm()).and(access.scope()),
            PageRequest.of(pageNumber, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by(Sort.Direction.DESC, "reference"))));
    if (found.getTotalElements() == 1 && found.getContent().get(0).getReference().equalsIgnoreCase(typed)) {
      // a whole reference: straight to the complaint
      return "redirect:/personnel/reclamations/" + found.getContent().get(0).getReference();
    }
    model.addAttribute("rows", found.getContent().stream().map(this::row).toList());
    model.addAttribute("total", found.getTotalElements());
    model.addAttribute("page", pageNumber);
    model.addAttribute("pages", found.getTotalPages());
    return "staff/search";
  }

  private Row row(Complaint complaint) {
    return new Row(
        complaint.getReference(),
        firms.find(complaint.getFirm()).map(firm -> firm.name()).orElse(complaint.getFirm()),
        complaint.getComplainant().getName(),
        complaint.getSubject(),
        complaint.getStartDate(),
        Labels.of(complaint.getStatus()),
        Labels.level(complaint.getLevelReached()),
        complaint.getAnswerDueOn());
  }

  private static String problemWith(String typed) {
    if (typed.length() > RegisterSelection.MAX_SEARCH_LENGTH) {
      return "Tapez " + RegisterSelection.MAX_SEARCH_LENGTH + " caractères au plus : une référence ou un nom.";
    }
    if (ControlCharacters.in(typed)) {
      return "La recherche contient un caractère invisible : retirez-le.";
    }
    return null;
  }

  /** The page asked for; -1 when it is no page number or past the register's bound. */
  private static int pageNumber(String page) {
    try {
      int number = Integer.parseInt(page.strip());
      return number < 0 || number > QueryLimits.MAX_PAGE ? -1 : number;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
