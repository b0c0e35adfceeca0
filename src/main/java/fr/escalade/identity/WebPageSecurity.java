package fr.escalade.identity;

import fr.escalade.system.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import fr.escalade.firm.Firms;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Spring Security guards Escalade's own web pages, and only them: the public client pages (CSRF
 * tokens, strict headers), the supervisors' reporting pages, and the home page and staff pages
 * (session login against the Camunda users). Requests no chain matches — Camunda's webapps,
 * {@code /engine-rest}, {@code /api} — pass untouched and keep their own authentication.
 *
 * <p>Staff log in once, on {@link #LOGIN_PAGE}: the session it opens serves every staff page, the
 * reports and the staff pages alike, since both chains keep the login in the same HTTP session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebPageSecurity {

  /** Pages load only their own styles, post only to themselves, and are never framed. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** The one login of Escalade's staff pages (its name is the reports' own, older than the others). */
  static final String LOGIN_PAGE = "/rapports/connexion";

  /** The working groups, and administrators: who may use the staff pages. */
  private static final String[] STAFF =
      {Roles.FIRST_CONTACT, Roles.COMPLAINTS_SERVICE, Roles.SUPERVISORS, Roles.ADMIN};

  /**
   * The client pages' policy: the same, with the origin of each firm's logo when it is hosted
   * elsewhere ({@code escalade.firms.<id>.logo-url: https://…}), and no other.
   */
  static String clientPagesPolicy(Firms firms) {
    String logoOrigins = firms.ids().stream()
        .map(id -> firms.get(id).logoUrl())
        .filter(url -> url != null && url.startsWith("https://"))
        .map(url -> java.net.URI.create(url))
        .map(uri -> "https://" + uri.getRawAuthority())
        .distinct().sorted()
        .map(origin -> " " + origin)
        .collect(java.util.stream.Collectors.joining());
    return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data:" + logoOrigins);
  }

  @Bean
  @Order(1)
  SecurityFilterChain clientPages(HttpSecurity http, Firms firms) throws Exception {
    String policy = clientPagesPolicy(firms);
    // the form's CSRF token in a cookie, not in a session: an anonymous visit keeps nothing on the
    // server, so that anyone can fetch the form as often as they like without filling its memory
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    // not XSRF-TOKEN: the Camunda webapps' scripts read a cookie of that name for their own token
    tokens.setCookieName("escalade-form-csrf");
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    http.securityMatcher("/reclamation/**", "/suivi/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.csrfTokenRepository(tokens))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy)))
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain supervisorPages(HttpSecurity http) throws Exception {
    http.securityMatcher("/rapports", "/rapports/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(LOGIN_PAGE).permitAll()
            .anyRequest().hasAnyAuthority(Roles.SUPERVISORS, Roles.ADMIN))
        .formLogin(login -> login
            .loginPage(LOGIN_PAGE)
            // a page that sent the user to log in gets them back; otherwise the home page, which
            // leads each role to its tools (the reports are the supervisors' only)
            .defaultSuccessUrl("/", false)
            .failureHandler(WebPageSecurity::loginFailed))
        .logout(logout -> logout.logoutUrl("/rapports/deconnexion").logoutSuccessUrl("/rapports/connexion?deconnexion"))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /**
   * The home page, open to all (an anonymous visitor sees the public forms and the way to log in),
   * and the staff pages, {@code /personnel/**}, for every working group. An anonymous visitor of a
   * staff page is sent to the login, then back to the page.
   */
  @Bean
  @Order(3)
  SecurityFilterChain staffPages(HttpSecurity http) throws Exception {
    http.securityMatcher("/", "/personnel", "/personnel/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/").permitAll()
            .anyRequest().hasAnyAuthority(STAFF))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /**
   * A wrong password goes back to the login page, saying so (and {@link LoginThrottle} counts it);
   * a database out of reach is a 503 that says to try again, and counts against no one.
   */
  private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof AuthenticationServiceException && DatabaseOutage.causedBy(failure)) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter()
          .write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Service momentanément indisponible</title></head>"
              + "<body><h1>Service momentanément indisponible</h1><p>La base de données ne répond pas : la connexion n'a pas pu"
              + " être vérifiée. Réessayez dans quelques minutes.</p></body></html>");
      return;
    }
    response.sendRedirect(request.getContextPath() + LoginThrottle.FORM_LOGIN_FAILED);
  }

  @Bean
  AuthenticationProvider camundaIdentityAuthentication(IdentityService identity) {
    return new CamundaIdentityAuthentication(identity);
  }
}
