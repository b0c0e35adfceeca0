package fr.escalade.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a plain 400, addresses that carry path parameters ({@code /engine-rest;x/task}).
 * Nothing of Escalade or Camunda uses them; Tomcat maps such a request to a servlet while Spring's
 * path parsing then fails on it, a 500 with a stack trace in the log at every anonymous request.
 * Addresses Spring Security's firewall refuses ({@code %3B}, {@code //}…) get the same 400.
 */
class PathParameterFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().indexOf(';') >= 0) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("Path parameters (';') are not accepted.\n");
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
