package fr.escalade.online;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.ui.Model;

/** What the client pages share: how dates read, and the pages for "not found" and "too many". */
final class ClientPages {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  private ClientPages() {}

  /** The same page for every unknown firm or token: it says nothing of what exists. */
  static String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "online/not-found";
  }

  static String tooManyRequests(HttpServletResponse response, Model model, long minutes) {
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(minutes * 60));
    model.addAttribute("minutes", minutes);
    return "online/too-many-requests";
  }
}
