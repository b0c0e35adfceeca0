package fr.escalade.identity;

import fr.escalade.system.AddressRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses password checks from a client address that failed too many of them lately, before the
 * password is checked: whoever guesses passwords from one address is slowed down, and cannot drive
 * an account towards the engine's own delays. Covers every way in with a password: HTTP Basic on
 * {@code /api} and {@code /engine-rest}, the reports' login form, and the Camunda webapps' login.
 * An address over its quota gets a 429 with {@code Retry-After}, whatever the password.
 */
class LoginThrottle extends OncePerRequestFilter {

  /** Where the reports' login form sends a failed login (see {@link WebPageSecurity}). */
  static final String FORM_LOGIN_FAILED = "/rapports/connexion?erreur";

  private static final String FORM_LOGIN = "/rapports/connexion";
  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final AddressRateLimiter failures;

  LoginThrottle(AddressRateLimiter failures) {
    this.failures = failures;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!checksAPassword(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    if (failures.isOverLimit(address)) {
      response.setStatus(429);
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(failures.secondsToWait(address)));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
              + "\"detail\":\"Too many failed logins from this address; retry after the delay in Retry-After (seconds).\"}");
      return;
    }
    chain.doFilter(request, response);
    if (failed(request, response)) {
      failures.tryAcquire(address);
    }
  }

  private static boolean checksAPassword(HttpServletRequest request) {
    // the decoded path, as Spring Security and the webapps match it: /rapports/%63onnexion is a login too
    String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || ("POST".equals(request.getMethod()) && (path.equals(FORM_LOGIN) || path.startsWith(WEBAPP_LOGIN)));
  }

  private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      return true;
    }
    String location = response.getHeader(HttpHeaders.LOCATION);
    return location != null && location.endsWith(FORM_LOGIN_FAILED);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Before Spring Security (-100) and the Basic authentication filters (10): nothing checks a password first. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(
        @Value("${escalade.login.failures-per-address:10}") int failuresPerAddress,
        @Value("${escalade.login.failure-window:15m}") Duration window) {
      FilterRegistrationBean<LoginThrottle> registration =
          new FilterRegistrationBean<>(new LoginThrottle(new AddressRateLimiter(failuresPerAddress, window)));
      registration.setName("login-throttle");
      registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", "/rapports/*", "/camunda/api/*");
      registration.setOrder(ORDER);
      return registration;
    }
  }
}
