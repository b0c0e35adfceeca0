package fr.escalade.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's plugin API ({@code /camunda/api/cockpit/…}: statistics, instance lists, incidents across
 * complaints) is for users who may open Cockpit, supervisors and administrators: Camunda answers any
 * signed-in webapp user there, an agent signed in to Tasklist included. Without a webapp sign-in
 * the request goes on to Camunda's own 401.
 */
class CockpitApiGuard extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (signedIn == null || signedIn.getAuthentications().isEmpty()
        || signedIn.getAuthentications().stream().anyMatch(CockpitApiGuard::mayOpenCockpit)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter()
        .write("{\"type\":\"Forbidden\",\"message\":\"Cockpit is for supervisors and administrators.\"}");
  }

  private static boolean mayOpenCockpit(UserAuthentication user) {
    return user.isAuthorizedForApp("cockpit");
  }
}
