package fr.escalade.identity;

import fr.escalade.system.AddressRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * password is checked: whoever guesses passwords from one address is slowed down there, and nowhere
 * else. Covers every way in with a password: HTTP Basic on
 * {@code /api} and {@code /engine-rest}, the reports' login form, and the Camunda webapps' login.
 * An address over its quota gets a 429 with {@code Retry-After}, whatever the password. This is the
 * only throttle: the engine's per-account delay is off, since anyone's wrong password would deny the
 * account to its owner.
 */
class LoginThrottle extends OncePerRequestFilter {

  /** Where the reports' login form sends a failed login (see {@link WebPageSecurity}). */
  static final String FORM_LOGIN_FAILED = "/rapports/connexion?erreur";

  private static final String FORM_LOGIN = "/rapports/connexion";
  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final AddressRateLimiter failures;
  private final Predicate<String> accountLocked;

  LoginThrottle(AddressRateLimiter failures, Predicate<String> accountLocked) {
    this.failures = failures;
    this.accountLocked = accountLocked;
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
    // a locked account is refused whatever the password: the owner must not pay for someone else's guesses
    boolean locked = accountLocked.test(userNamed(request));
    chain.doFilter(request, response);
    if (!locked && failed(request, response)) {
      failures.tryAcquire(address);
    }
  }

  private static boolean checksAPassword(HttpServletRequest request) {
    // the decoded path, as Spring Security and the webapps match it: /rapports/%63onnexion is a login too
    String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || ("POST".equals(request.getMethod()) && (path.equals(FORM_LOGIN) || path.startsWith(WEBAPP_LOGIN)));
  }

  /** The account a Basic header or a login form names (its body is already in memory: system/BodyReadDeadline). */
  private static String userNamed(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon > 0 ? decoded.substring(0, colon) : null;
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }
    String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    return path.equals(FORM_LOGIN) || path.startsWith(WEBAPP_LOGIN) ? request.getParameter("username") : null;
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
        @Value("${escalade.login.failure-window:15m}") Duration window,
        IdentityService identity,
        ProcessEngine engine) {
      AccountLocks locks =
          new AccountLocks(identity, (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
      FilterRegistrationBean<LoginThrottle> registration =
          new FilterRegistrationBean<>(new LoginThrottle(new AddressRateLimiter(failuresPerAddress, window), locks));
      registration.setName("login-throttle");
      registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", "/rapports/*", "/camunda/api/*");
      registration.setOrder(ORDER);
      return registration;
    }
  }
}
