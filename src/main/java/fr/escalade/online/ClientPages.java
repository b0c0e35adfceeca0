package fr.escalade.online;

import jakarta.servlet.http.HttpServletResponse;
import fr.escalade.correspondence.LetterDates;
import java.time.LocalDate;
import org.springframework.ui.Model;

/** What the client pages share: how dates read, and the pages for "not found" and "too many". */
final class ClientPages {

  /** « 1er juin 2026 », as the letters write it. */
  static String day(LocalDate date) {
    return LetterDates.FRENCH.day(date);
  }

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
