package fr.escalade.firm;

import fr.escalade.deadline.CalendarSettings;
import jakarta.validation.Valid;
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
 */
public record Firm(
    @NotBlank String name,
    @Min(2) @Max(3) int levels,
    @NotNull @Valid CalendarSettings calendar,
    @NotNull @Valid Contact complaintsService,
    @Valid Contact firstContact,
    @NotNull Period mediationOpensAfter,
    @NotBlank String clockWording) {

  public boolean hasFirstContactLevel() {
    return levels == 3;
  }

  /** How a service of the firm is reached. */
  public record Contact(
      @NotBlank String name, String email, String postalAddress, String phone) {}
}
