package fr.escalade.reporting;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Outcome;
import fr.escalade.firm.Firms;
import fr.escalade.improvement.CorrectiveAction;
import fr.escalade.improvement.CorrectiveActionStatus;
import fr.escalade.improvement.CorrectiveActions;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.register.CsvFormat;
import fr.escalade.register.RegisterCsv;
import fr.escalade.register.RegisterSelection;
import fr.escalade.system.QueryLimits;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' reporting page, {@code /rapports}: the KPIs of a firm over a period, monthly
 * charts, the open corrective actions, and the register of the period as CSV. Staff log in with
 * their Camunda user; only supervisors (and administrators) get in.
 */
@Controller
class ReportPageController {

  private final KpiReport report;
  private final CorrectiveActions actions;
  private final RegisterCsv csv;
  private final Firms firms;
  ReportPageController(KpiReport report, CorrectiveActions actions, RegisterCsv csv, Firms firms) {
    this.report = report;
    this.actions = actions;
    this.csv = csv;
    this.firms = firms;
  }

  /**
   * The period and firm the page shows, as chosen, with what was wrong in the choice; {@code
   * outOfBounds}: the chosen period went past {@link QueryLimits}, and the answer is a 400.
   */
  record Selection(String firm, LocalDate from, LocalDate to, List<String> problems, boolean outOfBounds) {

    String query() {
      return "firm=" + (firm == null ? "" : firm) + "&from=" + from + "&to=" + to;
    }
  }

  @GetMapping("/rapports/connexion")
  String login() {
    return "reporting/login";
  }

  @GetMapping("/rapports")
  @Transactional(readOnly = true)
  String page(
      @RequestParam(required = false) String firm,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Principal user,
      AccessibleFirms access,
      Model model,
      HttpServletResponse response) {
    Selection selection = select(firm, from, to, access);
    if (selection.outOfBounds()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    Kpis kpis = report.compute(selection.firm(), access.ids(), selection.from(), selection.to());
    model.addAttribute("user", user.getName());
    model.addAttribute("firms", access.among(firms.names()));
    model.addAttribute("selection", selection);
    model.addAttribute("kpis", kpis);
    model.addAttribute("charts", MonthlyCharts.of(kpis.months()));
    model.addAttribute("channels", labelled(kpis.byChannel(), name -> Channel.valueOf(name).label()));
    model.addAttribute("outcomes", labelled(kpis.byOutcome(), name -> "PENDING".equals(name) ? "En cours" : Outcome.valueOf(name).label()));
    model.addAttribute("actions", openActions(selection.firm(), access));
    model.addAttribute("csvUrl", "/rapports/registre.csv?" + selection.query());
    return "reporting/kpis";
  }

  @GetMapping("/rapports/registre.csv")
  void register(
      @RequestParam(required = false) String firm,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      AccessibleFirms access,
      HttpServletResponse response)
      throws IOException {
    Selection selection = select(firm, from, to, access);
    if (selection.outOfBounds()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", selection.problems()));
      return;
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + RegisterCsv.FILE_NAME + "\"");
    csv.write(
        new RegisterSelection(selection.firm(), null, null, null, null, null, selection.from(), selection.to(), null, null, null, null),
        access,
        firms.todayByFirm(),
        CsvFormat.FRENCH,
        response.getOutputStream());
  }

  /** Reads the choice; anything wrong falls back to the default and is said on the page. */
  private Selection select(String firm, String from, String to, AccessibleFirms access) {
    List<String> problems = new ArrayList<>();
    String chosenFirm = firm == null || firm.isBlank() ? null : firm;
    if (chosenFirm != null && firms.find(chosenFirm).isEmpty()) {
      problems.add("Cabinet inconnu : « " + chosenFirm + " » ; tous les cabinets sont affichés.");
      chosenFirm = null;
    }
    access.require("firm", chosenFirm);
    KpiReport.Period period = report.defaultPeriod(chosenFirm);
    LocalDate start = date(from, "Du", period.from(), problems);
    LocalDate end = date(to, "Au", period.to(), problems);
    if (start.isAfter(end)) {
      problems.add("La date de début est après la date de fin ; la période par défaut est affichée.");
      start = period.from();
      end = period.to();
    }
    List<String> bounds = new ArrayList<>();
    String chooseBetween =
        " : choisissez une date entre le " + QueryLimits.EARLIEST_DATE + " et le " + QueryLimits.latestDate(period.to())
            + " ; la période par défaut est affichée.";
    QueryLimits.dateProblems("from", start, period.to()).forEach(problem -> bounds.add("« Du »" + chooseBetween));
    QueryLimits.dateProblems("to", end, period.to()).forEach(problem -> bounds.add("« Au »" + chooseBetween));
    if (bounds.isEmpty() && !QueryLimits.periodProblems("from", start, "to", end, period.to()).isEmpty()) {
      bounds.add("« Au » : la période ne peut dépasser " + QueryLimits.MAX_PERIOD_DAYS + " jours (5 ans) ; la période par défaut est affichée.");
    }
    problems.addAll(bounds);
    if (!bounds.isEmpty()) {
      start = period.from();
      end = period.to();
    }
    return new Selection(chosenFirm, start, end, problems, !bounds.isEmpty());
  }

  private static LocalDate date(String value, String label, LocalDate fallback, List<String> problems) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add("« " + label + " » n'est pas une date (AAAA-MM-JJ) : " + value.strip());
      return fallback;
    }
  }

  private static Map<String, Long> labelled(Map<String, Long> counts, java.util.function.Function<String, String> label) {
    Map<String, Long> named = new LinkedHashMap<>();
    counts.forEach((name, count) -> named.put(label.apply(name), count));
    return named;
  }

  /** Open actions, overdue ones first, then by due date. */
  private List<ActionRow> openActions(String firm, AccessibleFirms access) {
    List<ActionRow> rows = new ArrayList<>();
    for (CorrectiveActionStatus status : CorrectiveActionStatus.OPEN) {
      for (CorrectiveAction action : actions.list(firm, status, null)) {
        if (!access.includes(action.getFirm())) {
          continue;
        }
        rows.add(new ActionRow(action.getId(), firms.get(action.getFirm()).name(), action.getTitle(), action.getOwner(),
            action.getDueOn(), status == CorrectiveActionStatus.PLANNED ? "Prévue" : "En cours",
            action.isOverdue(firms.today(action.getFirm())), action.getDysfunctions().size()));
      }
    }
    rows.sort(Comparator.comparing(ActionRow::overdue).reversed().thenComparing(ActionRow::dueOn));
    return rows;
  }

  record ActionRow(long id, String firm, String title, String owner, LocalDate dueOn, String status, boolean overdue, int dysfunctions) {}
}
