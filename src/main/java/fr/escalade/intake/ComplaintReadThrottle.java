package fr.escalade.intake;

import fr.escalade.identity.StaffMember;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How many complaints a member of staff may open one by one through {@code /api} in a minute
 * ({@code escalade.api.complaint-reads-per-minute}): references are sequential, so without a limit
 * an agent's account reads every client of its firms by counting; the register and its export, which
 * are paged, bounded and for supervisors, are the way to read many. Counted per user, not per address:
 * a whole office shares one.
 */
class ComplaintReadThrottle extends OncePerRequestFilter {

  private final AddressRateLimiter reads;

  ComplaintReadThrottle(AddressRateLimiter reads) {
    this.reads = reads;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // one complaint and what hangs from it; the list is the register's
    return !"GET".equals(request.getMethod()) || !path.startsWith("/api/complaints/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(StaffMember.ATTRIBUTE) instanceof StaffMember caller && !reads.tryAcquire(caller.id())) {
      response.setStatus(429);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(reads.secondsToWait(caller.id())));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
              + "\"detail\":\"Too many complaints opened one by one in a minute; to read many, a supervisor exports the register.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<ComplaintReadThrottle> complaintReadThrottle(
        @Value("${escalade.api.complaint-reads-per-minute:60}") int perMinute) {
      FilterRegistrationBean<ComplaintReadThrottle> registration =
          new FilterRegistrationBean<>(new ComplaintReadThrottle(new AddressRateLimiter(perMinute, Duration.ofMinutes(1))));
      registration.addUrlPatterns("/api/complaints/*");
      // after the API's authentication (order 10), which names the caller
      registration.setOrder(12);
      return registration;
    }
  }
}
