package fr.escalade.identity;

import fr.escalade.firm.Firms;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards Escalade's own web pages, and only them: the public client pages (CSRF
 * tokens, strict headers) and the supervisors' reporting pages (session login against the Camunda
 * users). Requests no chain matches — Camunda's webapps, {@code /engine-rest}, {@code /api} — pass
 * untouched and keep their own authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebPageSecurity {

  /** Pages load only their own styles, post only to themselves, and are never framed. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

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
    http.securityMatcher("/reclamation/**", "/suivi/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy)))
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain supervisorPages(HttpSecurity http) throws Exception {
    http.securityMatcher("/rapports", "/rapports/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/rapports/connexion").permitAll()
            .anyRequest().hasAnyAuthority(Roles.SUPERVISORS, Roles.ADMIN))
        .formLogin(login -> login
            .loginPage("/rapports/connexion")
            .defaultSuccessUrl("/rapports", false)
            .failureUrl(LoginThrottle.FORM_LOGIN_FAILED))
        .logout(logout -> logout.logoutUrl("/rapports/deconnexion").logoutSuccessUrl("/rapports/connexion?deconnexion"))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  @Bean
  AuthenticationProvider camundaIdentityAuthentication(IdentityService identity) {
    return new CamundaIdentityAuthentication(identity);
  }
}
