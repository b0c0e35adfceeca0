package fr.escalade.identity;

import static fr.escalade.identity.Roles.COMPLAINTS_SERVICE;
import static fr.escalade.identity.Roles.FIRST_CONTACT;
import static fr.escalade.identity.Roles.SUPERVISORS;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which groups may call each {@code /api} endpoint: the one place where roles are decided (README,
 * "Who may call what"). A request no rule matches is refused, whoever asks, so an endpoint added
 * without a rule is closed until someone decides who needs it. Administrators pass every rule.
 */
final class ApiAccessRules {

  private static final Set<String> STAFF = Set.of(FIRST_CONTACT, COMPLAINTS_SERVICE, SUPERVISORS);
  private static final Set<String> COMPLAINTS_SERVICE_AND_SUPERVISORS = Set.of(COMPLAINTS_SERVICE, SUPERVISORS);
  private static final Set<String> SUPERVISORS_ONLY = Set.of(SUPERVISORS);
  private static final Set<String> ADMINISTRATORS_ONLY = Set.of(Roles.ADMIN);

  record Rule(HttpMethod method, PathPattern path, Set<String> groups) {

    boolean matches(HttpMethod requested, PathContainer requestedPath) {
      // HEAD is answered by the GET handler, so it follows the GET rule
      HttpMethod asked = requested == HttpMethod.HEAD ? GET : requested;
      return method.equals(asked) && path.matches(requestedPath);
    }

    boolean admits(StaffMember caller) {
      return caller.groups().contains(Roles.ADMIN) || groups.stream().anyMatch(caller.groups()::contains);
    }
  }

  static final List<Rule> RULES =
      List.of(
          // registering a complaint and following one: every working group
          rule(POST, "/api/complaints", STAFF),
          rule(GET, "/api/complaints/{reference}", STAFF),
          rule(GET, "/api/complaints/{reference}/correspondence", STAFF),
          rule(GET, "/api/complaints/{reference}/correspondence/{id}", STAFF),
          rule(GET, "/api/complaints/{reference}/correspondence/{id}/pdf", STAFF),
          // the post room, failed deliveries, the mediator's side and dysfunctions: level 2 and supervision
          rule(GET, "/api/letters", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/correspondence/{id}/printed", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/correspondence/{id}/retry", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/mediator-referral", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/mediator-proposal", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/mediation/proposal-extension", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/mediation/closure", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/mediation/withdrawal", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          // what the client tells whoever receives it: a withdrawal, a contested settlement
          rule(POST, "/api/complaints/{reference}/withdrawal", STAFF),
          rule(POST, "/api/complaints/{reference}/settlement-contest", STAFF),
          rule(GET, "/api/complaints/{reference}/dysfunctions", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(POST, "/api/complaints/{reference}/dysfunctions", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          // every client of the firm at once: the register, its export, the figures, the corrective actions
          rule(GET, "/api/complaints", SUPERVISORS_ONLY),
          rule(GET, "/api/register.csv", SUPERVISORS_ONLY),
          rule(GET, "/api/reports/kpis", SUPERVISORS_ONLY),
          rule(GET, "/api/corrective-actions", SUPERVISORS_ONLY),
          rule(GET, "/api/corrective-actions/{id}", SUPERVISORS_ONLY),
          rule(POST, "/api/corrective-actions", SUPERVISORS_ONLY),
          rule(POST, "/api/corrective-actions/{id}/progress", SUPERVISORS_ONLY),
          rule(POST, "/api/corrective-actions/{id}/dysfunctions", SUPERVISORS_ONLY),
          // the operating figures of every firm; the rest of /actuator but health is closed
          rule(GET, "/actuator/prometheus", SUPERVISORS_ONLY),
          // erasing a complaint's personal data cannot be undone: a supervised operation
          rule(POST, "/api/complaints/{reference}/erasure", ADMINISTRATORS_ONLY),
          // which mediator a complaint goes to: the complaints service and supervision, as the mediator's side
          rule(PUT, "/api/complaints/{reference}/mediator", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          // a complaint that concerns the insurer is forwarded by the complaints service or supervision;
          // the firm's insurers and product lines are for every working group, who fill the forms
          rule(POST, "/api/complaints/{reference}/insurer-referral", COMPLAINTS_SERVICE_AND_SUPERVISORS),
          rule(GET, "/api/insurers", STAFF));

  private ApiAccessRules() {}

  /** The rule for {@code method} on {@code path} (the path inside the application); none: nobody may. */
  static Optional<Rule> ruleFor(String method, String path) {
    HttpMethod requested = HttpMethod.valueOf(method);
    PathContainer requestedPath = PathContainer.parsePath(path);
    return RULES.stream().filter(rule -> rule.matches(requested, requestedPath)).findFirst();
  }

  private static Rule rule(HttpMethod method, String path, Set<String> groups) {
    return new Rule(method, PathPatternParser.defaultInstance.parse(path), groups);
  }
}
