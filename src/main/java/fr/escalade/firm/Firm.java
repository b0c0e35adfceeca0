package fr.escalade.firm;

import fr.escalade.firm.CalendarSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import org.springframework.boot.context.properties.bind.DefaultValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;

/**
 * An intermediary whose complaints Escalade handles, as configured under {@code escalade.firms.<id>}.
 *
 * @param name the firm's name as printed in letters
 * @param levels 3 when the firm has a first-contact level (Asekkey), 2 when complaints go straight
 *     to the complaints service (Almena)
 * @param calendar the holidays, time zone and counting unit of the firm's complaints service
 * @param mediationOpensAfter how long after the complaint was sent the client may go to the mediator,
 *     as the firm publishes it (2 months by the regulation, 60 days for Asekkey)
 * @param clockWording how the firm's published procedure words the start of its clocks, repeated in
 *     letters ("à compter de sa réception"); the computed deadlines always use the stricter date
 * @param mail the addresses the firm's e-mails are sent from and answered to
 * @param inbox the complaints mailbox Escalade reads, if any
 * @param mediator the identifier of the mediator ({@code escalade.mediators.<id>}) the firm's complaints
 *     go to unless staff choose another on a complaint; none: {@code escalade.default-mediator}
 * @param logoUrl the firm's logo on its public pages ({@code logo-url}): an {@code https://} address, or
 *     a path on this server ({@code /images/logo.png}, from {@code static/}); none: the name alone
 */
public record Firm(
    @NotBlank String name,
    @Min(2) @Max(3) int levels,
    @NotNull @Valid CalendarSettings calendar,
    @NotNull @Valid Contact complaintsService,
    @Valid Contact firstContact,
    @NotNull Period mediationOpensAfter,
    @NotBlank String clockWording,
    @NotNull @Valid Mail mail,
    @Valid Inbox inbox,
    String mediator,
    @jakarta.validation.constraints.Pattern(regexp = "(https://|/)[^\\s\"'<>]*", message = "must be an https:// address or a path starting with /")
    String logoUrl) {

  public boolean hasFirstContactLevel() {
    return levels == 3;
  }

  /** The sender and reply-to addresses of the firm's e-mails. */
  public record Mail(@NotBlank @Email String from, @Email String replyTo) {

    public String replyToOrFrom() {
      return replyTo == null || replyTo.isBlank() ? from : replyTo;
    }

    /** The domain of the sender address, which names the firm's Message-IDs. */
    public String domain() {
      return from.substring(from.indexOf('@') + 1);
    }
  }

  /**
   * A mailbox polled for complaints ("par e-mail … en précisant dans l'objet qu'il s'agit d'une
   * réclamation").
   *
   * @param protocol {@code imap}, {@code imaps}, {@code pop3} or {@code pop3s}
   * @param keywords words that mark a new message, in its subject or body, as a complaint
   * @param level the level of the procedure the mailbox belongs to, at which its complaints enter (2
   *     for Asekkey's Service Réclamations); none: the firm's entry level (first contact where it has one)
   */
  public record Inbox(
      @NotBlank String host,
      @Min(1) int port,
      @DefaultValue("imap") @NotBlank String protocol,
      @NotBlank String username,
      String password,
      @DefaultValue("INBOX") @NotBlank String folder,
      @DefaultValue({"réclamation", "reclamation"}) java.util.List<String> keywords,
      @Min(1) @Max(2) Integer level) {}

  /** A firm without a first-contact level has no level-1 mailbox: its complaints would all be refused. */
  @jakarta.validation.constraints.AssertTrue(message = "inbox.level 1 needs a firm with a first-contact level (levels: 3)")
  public boolean isInboxLevelPossible() {
    return inbox == null || inbox.level() == null || inbox.level() != 1 || hasFirstContactLevel();
  }

  /** How a service of the firm is reached. */
  public record Contact(
      @NotBlank String name, String email, String postalAddress, String phone) {}
}
