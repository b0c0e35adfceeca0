package fr.escalade.operations;

import fr.escalade.identity.AccessibleFirms;
import fr.escalade.identity.FirmAccess;
import fr.escalade.identity.StaffMember;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A supervisor's scrape of {@code /actuator/prometheus} shows the series of the firms they work for:
 * a sample tagged with another firm is left out, as the register and the reports leave that firm's
 * complaints out. Administrators see every firm; untagged figures (the engine's, the JVM's) are for
 * whoever may read the endpoint ({@code identity/ApiAccessRules}).
 */
class PrometheusFirmScope extends OncePerRequestFilter {

  private static final Pattern FIRM_LABEL = Pattern.compile("[{,]firm=\"([^\"]*)\"");

  private final FirmAccess firmAccess;

  PrometheusFirmScope(FirmAccess firmAccess) {
    this.firmAccess = firmAccess;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(request.getAttribute(StaffMember.ATTRIBUTE) instanceof StaffMember caller)) {
      chain.doFilter(request, response);
      return;
    }
    AccessibleFirms firms = firmAccess.of(caller.id(), caller.groups());
    if (firms.all()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper scrape = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, scrape);
    String text = new String(scrape.getContentAsByteArray(), StandardCharsets.UTF_8);
    String kept = text.lines().filter(line -> visible(line, firms)).collect(Collectors.joining("\n", "", "\n"));
    scrape.resetBuffer();
    byte[] body = kept.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static boolean visible(String line, AccessibleFirms firms) {
    if (line.startsWith("#")) {
      return true;
    }
    Matcher firm = FIRM_LABEL.matcher(line);
    return !firm.find() || firms.includes(firm.group(1));
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<PrometheusFirmScope> prometheusFirmScope(FirmAccess firmAccess) {
      FilterRegistrationBean<PrometheusFirmScope> registration = new FilterRegistrationBean<>(new PrometheusFirmScope(firmAccess));
      registration.addUrlPatterns("/actuator/prometheus");
      // after the API's authentication (order 10), which names the caller
      registration.setOrder(11);
      return registration;
    }
  }
}
