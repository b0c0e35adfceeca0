package fr.escalade.complaint;

import fr.escalade.system.PublicUrls;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The clients' tracking links, {@code /suivi/{token}}. A link is issued once per complaint: with the
 * receipt of an online complaint, or with the acknowledgement of any other. Only the token's hash
 * is kept, so a link cannot be issued twice nor rebuilt from the register.
 */
@Component
public class TrackingLinks {

  private final PublicUrls urls;

  TrackingLinks(PublicUrls urls) {
    this.urls = urls;
  }

  /** Gives the complaint its link and returns it, or nothing if the client already has one. */
  public Optional<String> issueIfMissing(Complaint complaint) {
    return complaint.hasTrackingToken() ? Optional.empty() : Optional.of(issue(complaint));
  }

  /** Gives a complaint that has no link yet its link, and returns it. */
  public String issue(Complaint complaint) {
    String token = TrackingTokens.newToken();
    complaint.giveTrackingToken(TrackingTokens.hash(token));
    return urls.base() + "/suivi/" + token;
  }
}
