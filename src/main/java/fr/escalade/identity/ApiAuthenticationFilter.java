package fr.escalade.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import fr.escalade.system.DatabaseOutage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of {@code /api} against the Camunda identity service: the same users
 * and passwords as Tasklist. Anonymous or wrong credentials get a 401 problem; a caller whose groups
 * {@link ApiAccessRules} do not let through gets a 403 problem.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  private final IdentityService identity;

  ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  /** Health is public for load balancers and supervisors of the process, and shows no details. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // answers carry clients' personal data: no browser or proxy may keep a copy
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    String user;
    Set<String> groups;
    try {
      user = authenticatedUser(request.getHeader(HttpHeaders.AUTHORIZATION));
      groups = user == null ? Set.of() : groupsOf(user);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      // the users are in the database too: the same 503 as the request itself would get
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
              + "\"detail\":\"The database cannot be reached; nothing was registered. Try again in a moment.\"}");
      return;
    }
    if (user == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Escalade\", charset=\"UTF-8\"");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
              + "\"detail\":\"Authenticate with HTTP Basic as a Camunda user.\"}");
      return;
    }
    StaffMember caller = new StaffMember(user, groups);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<ApiAccessRules.Rule> rule = ApiAccessRules.ruleFor(request.getMethod(), path);
    if (rule.isEmpty() || !rule.get().admits(caller)) {
      String what = request.getMethod() + " " + path;
      String detail =
          rule.isEmpty()
              ? "No group may " + what + "."
              : "Only the groups " + new TreeSet<>(rule.get().groups()) + " (and administrators) may " + what
                  + "; user '" + user + "' is not in them.";
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
              + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
      return;
    }
    request.setAttribute(StaffMember.ATTRIBUTE, caller);
    chain.doFilter(request, response);
  }

  private Set<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).collect(Collectors.toSet());
  }

  private String authenticatedUser(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }
}
