package fr.escalade.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers 403 to every request that would create or redeploy a deployment through the engine's REST
 * API: anything but reading or deleting under {@code deployment}, on the default engine or a named one.
 */
class DeploymentRefusalFilter extends OncePerRequestFilter {

  // decoded, without ";…" path parameters and with "//" collapsed: the path the REST API will match
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  // deleting a deployment runs nothing, and Cockpit's administrators may clean up old versions
  private static final Set<String> READ_OR_DELETE = Set.of("GET", "HEAD", "OPTIONS", "DELETE");

  private final Pattern deploymentPaths;

  DeploymentRefusalFilter(String webappPath) {
    this.deploymentPaths =
        Pattern.compile(
            "^(?:/engine-rest|" + Pattern.quote(webappPath) + "/api/engine)(?:/engine/[^/]+)?/deployment(?:/.*)?$",
            Pattern.CASE_INSENSITIVE);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    if (!READ_OR_DELETE.contains(request.getMethod()) && deploymentPaths.matcher(path).matches()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
              + "\"detail\":\"Deployments come only from the application's own processes and forms; "
              + "none can be created or redeployed over HTTP.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
