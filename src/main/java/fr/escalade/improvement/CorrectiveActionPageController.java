package fr.escalade.improvement;

import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.ForbiddenException;
import fr.escalade.system.ConflictException;
import fr.escalade.system.InvalidRequestException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /rapports/actions}: where supervisors plan corrective actions against the dysfunctions
 * complaints revealed, and record how far each has been applied, without going through the API.
 */
@Controller
class CorrectiveActionPageController {

  static final int UNADDRESSED_SHOWN = 50;

  private final CorrectiveActions actions;
  private final DysfunctionRepository dysfunctions;
  private final Firms firms;

  CorrectiveActionPageController(CorrectiveActions actions, DysfunctionRepository dysfunctions, Firms firms) {
    this.actions = actions;
    this.dysfunctions = dysfunctions;
    this.firms = firms;
  }

  record ActionRow(CorrectiveAction action, boolean overdue, List<String> complaints) {}

  record DysfunctionRow(long id, String complaintReference, String category, String description, LocalDate foundOn) {}

  @GetMapping("/rapports/actions")
  @Transactional(readOnly = true)
  String page(@RequestParam(required = false) String firm, Principal user, AccessibleFirms access, Model model) {
    Map<String, String> mine = access.among(firms.names());
    if (mine.isEmpty()) {
      throw new ForbiddenException("User '" + user.getName() + "' works for no firm.");
    }
    access.require("firm", firm);
    String chosen = firms.find(firm).isPresent() ? firm : mine.keySet().iterator().next();
    LocalDate today = firms.today(chosen);
    List<ActionRow> open = new ArrayList<>();
    List<ActionRow> finished = new ArrayList<>();
    for (CorrectiveAction action : actions.list(chosen, null, null)) {
      List<String> complaints =
          action.getDysfunctions().stream().map(d -> d.getComplaint().getReference()).distinct().sorted().toList();
      (action.getStatus().isOpen() ? open : finished).add(new ActionRow(action, action.isOverdue(today), complaints));
    }
    open.sort(Comparator.comparing(ActionRow::overdue).reversed().thenComparing(row -> row.action().getDueOn()));
    finished.sort(Comparator.comparing((ActionRow row) -> row.action().getCompletedOn()).reversed());
    List<DysfunctionRow> unaddressed =
        dysfunctions.findUnaddressed(chosen, CorrectiveActionStatus.OPEN, Limit.of(UNADDRESSED_SHOWN)).stream()
            .map(d -> new DysfunctionRow(d.getId(), d.getComplaint().getReference(), d.getCategory().label(), d.getDescription(), d.getFoundOn()))
            .toList();
    model.addAttribute("user", user.getName());
    model.addAttribute("firm", chosen);
    model.addAttribute("firms", mine);
    model.addAttribute("today", today);
    model.addAttribute("open", open);
    model.addAttribute("finished", finished);
    model.addAttribute("unaddressed", unaddressed);
    return "improvement/actions";
  }

  @PostMapping("/rapports/actions")
  String plan(
      @RequestParam String firm,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String owner,
      @RequestParam(defaultValue = "") String dueOn,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(required = false) List<Long> dysfunctionIds,
      Principal user,
      AccessibleFirms access,
      RedirectAttributes redirect) {
    access.require("firm", firm);
    List<String> problems = new ArrayList<>();
    if (title.isBlank() || title.length() > 200) {
      problems.add("Indiquez l’action (200 caractères au plus).");
    }
    if (owner.isBlank() || owner.length() > 200) {
      problems.add("Indiquez qui en est responsable (200 caractères au plus).");
    }
    if (description.length() > 4000) {
      problems.add("La description dépasse 4 000 caractères.");
    }
    LocalDate due = date(dueOn, "l’échéance", problems);
    if (problems.isEmpty()) {
      try {
        CorrectiveAction planned =
            actions.plan(
                new CorrectiveActions.Plan(firm, title, description, owner, due,
                    dysfunctionIds == null ? null : new LinkedHashSet<>(dysfunctionIds)),
                user.getName());
        redirect.addFlashAttribute("done", "Action « " + planned.getTitle() + " » planifiée.");
      } catch (InvalidRequestException refused) {
        refused.problems().forEach(problem -> problems.add(french(problem)));
      }
    }
    redirect.addFlashAttribute("problems", problems);
    return "redirect:/rapports/actions" + (firms.find(firm).isPresent() ? "?firm=" + firm : "");
  }

  @PostMapping("/rapports/actions/{id}/avancement")
  String progress(
      @PathVariable long id,
      @RequestParam CorrectiveActionStatus status,
      @RequestParam(defaultValue = "") String note,
      AccessibleFirms access,
      RedirectAttributes redirect) {
    CorrectiveAction action = actions.get(id);
    if (!access.includes(action.getFirm())) {
      throw CorrectiveActions.notFound(id);
    }
    List<String> problems = new ArrayList<>();
    if (!status.isOpen() && note.isBlank()) {
      problems.add("Pour clore « " + action.getTitle() + " », dites comment elle a été appliquée, ou pourquoi elle est abandonnée.");
    } else if (note.length() > 4000) {
      problems.add("La note dépasse 4 000 caractères.");
    } else {
      try {
        actions.progress(id, status, note, null, null);
        redirect.addFlashAttribute("done", "Action « " + action.getTitle() + " » mise à jour.");
      } catch (ConflictException finished) {
        problems.add("« " + action.getTitle() + " » est déjà terminée : planifiez plutôt une nouvelle action.");
      }
    }
    redirect.addFlashAttribute("problems", problems);
    return "redirect:/rapports/actions?firm=" + action.getFirm();
  }

  private static LocalDate date(String value, String label, List<String> problems) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add("Indiquez " + label + " (une date).");
      return null;
    }
  }

  private static String french(InvalidRequestException.FieldProblem problem) {
    return switch (problem.field()) {
      case "dueOn" -> problem.message().startsWith("is in the past")
          ? "L’échéance est déjà passée."
          : "L’échéance est à plus de " + CorrectiveActions.MAX_YEARS_AHEAD + " ans : vérifiez l’année.";
      case "firm" -> "Cabinet inconnu.";
      case "dysfunctionIds" -> "Un des dysfonctionnements choisis n’existe pas ou relève d’un autre cabinet.";
      default -> problem.field() + " : " + problem.message();
    };
  }
}
