package fr.escalade.system;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat drains the unread rest of a refused body before reusing the connection, at the client's
 * pace: for a body {@link BodyReadDeadline} abandoned, it closes the connection instead. An engine
 * valve, so that it acts once the answer is made: closing marks the exchange as failed, and inside
 * the host Tomcat would replace the answer with an error page.
 */
class BodyReadDeadlineValve extends ValveBase {

  BodyReadDeadlineValve() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    getNext().invoke(request, response);
    if (request.getAttribute(BodyReadDeadline.ABANDONED) != null) {
      request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Before the login throttle and Spring Security, which read the form's fields. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

    @Bean
    FilterRegistrationBean<BodyReadDeadline> bodyReadDeadline(
        @Value("${escalade.forms.body-read-timeout:10s}") Duration deadline,
        @Value("${escalade.forms.max-body-size:256KB}") DataSize maxBytes,
        @Value("${escalade.forms.bodies-per-address:10}") int perAddress) {
      FilterRegistrationBean<BodyReadDeadline> registration =
          new FilterRegistrationBean<>(new BodyReadDeadline(deadline, (int) maxBytes.toBytes(), perAddress));
      registration.setName("body-read-deadline");
      // the forms anyone may post without a password: the public form and the logins
      registration.addUrlPatterns("/reclamation/*", "/rapports/*", "/camunda/api/admin/auth/user/*");
      registration.setOrder(ORDER);
      return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> closeAbandonedBodies() {
      return factory -> factory.addEngineValves(new BodyReadDeadlineValve());
    }
  }
}
