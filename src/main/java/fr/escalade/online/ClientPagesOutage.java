package fr.escalade.online;

import fr.escalade.system.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A client whose complaint could not be saved because the database is unreachable is told so in
 * French and asked to come back, rather than shown an error page: the form is not lost to them, the
 * complaint was not registered, and nothing was sent. Any other failure is left to the error page.
 */
@ControllerAdvice(assignableTypes = {OnlineComplaintController.class, TrackingController.class})
class ClientPagesOutage {

  @ExceptionHandler(Exception.class)
  String unavailable(Exception e, HttpServletResponse response) throws Exception {
    if (!DatabaseOutage.causedBy(e)) {
      throw e;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    return "online/unavailable";
  }
}
