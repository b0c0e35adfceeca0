package fr.escalade.complaint;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clients' tracking links, {@code /suivi/{token}}. A link is issued once per complaint: with the
 * receipt of an online complaint, or with the acknowledgement of any other. Only the token's hash
 * is kept, so a link cannot be issued twice nor rebuilt from the register.
 */
@Component
public class TrackingLinks {

  private final String publicUrl;

  TrackingLinks(@Value("${escalade.public-url}") String publicUrl) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** Gives the complaint its link and returns it, or nothing if the client already has one. */
  public Optional<String> issueIfMissing(Complaint complaint) {
    return complaint.hasTrackingToken() ? Optional.empty() : Optional.of(issue(complaint));
  }

  /** Gives a complaint that has no link yet its link, and returns it. */
  public String issue(Complaint complaint) {
    String token = TrackingTokens.newToken();
    complaint.giveTrackingToken(TrackingTokens.hash(token));
    return publicUrl + "/suivi/" + token;
  }
}
