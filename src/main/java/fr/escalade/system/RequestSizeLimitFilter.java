package fr.escalade.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses {@code /api} request bodies over {@code escalade.api.max-body-size} with a 413 problem. */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    // bodies of unknown length (chunked) are refused too: a client of this API always knows its size
    boolean hasBody = length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
    if (hasBody && (length < 0 || length > maxBytes)) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
              + "\"detail\":\"The request body must be at most " + maxBytes + " bytes, with a Content-Length; nothing was registered.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
        @Value("${escalade.api.max-body-size:65536}") long maxBytes) {
      FilterRegistrationBean<RequestSizeLimitFilter> registration =
          new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes));
      registration.addUrlPatterns("/api/*");
      registration.setOrder(20);
      return registration;
    }
  }
}
