package fr.escalade.home;

import fr.escalade.firm.Firms;
import fr.escalade.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Escalade's home page, {@code /}: the firms' public complaint forms for anyone, and for staff
 * logged in, the tools of their groups — Tasklist and the staff pages for every working group,
 * Cockpit, the reports and corrective actions for supervisors, Admin for administrators. A link a
 * role may not follow is not shown: the page leads, each tool still checks for itself.
 */
@Controller
class HomePageController {

  static final String TASKLIST = "/camunda/app/tasklist/";
  static final String COCKPIT = "/camunda/app/cockpit/";
  static final String ADMIN = "/camunda/app/admin/";

  private final Firms firms;

  HomePageController(Firms firms) {
    this.firms = firms;
  }

  /** A link to a tool, with what it is for. */
  record Tool(String name, String url, String purpose) {}

  @GetMapping("/")
  String home(Authentication login, Model model) {
    boolean loggedIn = login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken);
    Set<String> groups =
        loggedIn ? login.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()) : Set.of();
    model.addAttribute("loggedIn", loggedIn);
    model.addAttribute("user", loggedIn ? login.getName() : null);
    model.addAttribute("groups", groupNames(groups));
    model.addAttribute("tools", toolsOf(groups));
    model.addAttribute("supervision", supervisionOf(groups));
    model.addAttribute("publicForms", firms.names().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList());
    model.addAttribute("tasklist", TASKLIST);
    return "home/home";
  }

  /** Every working group: its tasks, and registering or finding a complaint. */
  static List<Tool> toolsOf(Set<String> groups) {
    boolean admin = groups.contains(Roles.ADMIN);
    if (!admin && groups.stream().noneMatch(Roles.GROUP_NAMES::containsKey)) {
      return List.of();
    }
    return List.of(
        new Tool("Mes tâches (Tasklist)", TASKLIST, "Les réclamations à qualifier, à traiter et à valider, par date d’échéance."),
        new Tool("Enregistrer une réclamation", "/personnel/reclamations/nouvelle",
            "Une réclamation reçue par téléphone, à l’accueil ou par courrier."),
        new Tool("Rechercher une réclamation", "/personnel/reclamations",
            "Par référence ou nom du réclamant : où elle en est, ses échéances et tous ses courriers."));
  }

  /** Supervisors' tools; administrators have them too, and Admin. */
  static List<Tool> supervisionOf(Set<String> groups) {
    boolean admin = groups.contains(Roles.ADMIN);
    List<Tool> tools = new ArrayList<>();
    if (admin || groups.contains(Roles.SUPERVISORS)) {
      tools.add(new Tool("Suivi des processus (Cockpit)", COCKPIT, "Les réclamations en cours, leurs échéances et les incidents."));
      tools.add(new Tool("Rapports", "/rapports", "Indicateurs, délais tenus, registre au format tableur."));
      tools.add(new Tool("Actions correctives", "/rapports/actions", "Les dysfonctionnements relevés et les actions qui y répondent."));
    }
    if (admin) {
      tools.add(new Tool("Administration (Admin)", ADMIN, "Utilisateurs, groupes et autorisations."));
    }
    return tools;
  }

  private static List<String> groupNames(Set<String> groups) {
    List<String> names = new ArrayList<>();
    Roles.GROUP_NAMES.entrySet().stream()
        .filter(group -> groups.contains(group.getKey()))
        .map(Map.Entry::getValue)
        .sorted()
        .forEach(names::add);
    if (groups.contains(Roles.ADMIN)) {
      names.add("Administrateurs");
    }
    return names;
  }
}
