package fr.escalade.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a plain 400, addresses that carry path parameters ({@code /engine-rest;x/task}) or
 * a percent-encoded letter, digit or {@code -._~} ({@code /camunda/api/%61dmin/…}). Nothing of
 * Escalade or Camunda uses them and no browser writes them; Tomcat maps such a request to a servlet
 * while Spring's or the webapps' path parsing then fails on it (a 500 with a stack trace at every
 * anonymous request), and filters that compare paths as written could be walked around.
 * Addresses Spring Security's firewall refuses ({@code %3B}, {@code //}…) get the same 400.
 */
class PathParameterFilter extends OncePerRequestFilter {

  /** RFC 3986's unreserved characters, percent-encoded: A–Z, a–z, 0–9, '-', '.', '_', '~'. */
  private static final Pattern ENCODED_UNRESERVED =
      Pattern.compile("%(3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|2[DdEe]|5[Ff]|7[Ee])");

  private static void refuse(HttpServletResponse response, String why) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.TEXT_PLAIN_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(why + "\n");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI();
    if (uri.indexOf(';') >= 0) {
      refuse(response, "Path parameters (';') are not accepted.");
      return;
    }
    if (ENCODED_UNRESERVED.matcher(uri).find()) {
      refuse(response, "Letters, digits and '-._~' are not accepted percent-encoded in the path.");
      return;
    }
    chain.doFilter(request, response);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<PathParameterFilter> pathParameterFilter() {
      FilterRegistrationBean<PathParameterFilter> registration = new FilterRegistrationBean<>(new PathParameterFilter());
      registration.setName("path-parameters");
      registration.addUrlPatterns("/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
      return new HttpStatusRequestRejectedHandler();
    }
  }
}
