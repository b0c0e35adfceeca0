package fr.escalade.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which mediator a firm's complaints go to, and a configuration that names one nobody configured. */
class MediatorsTests {

  static final Mediator ASSURANCE =
      new Mediator("La Médiation de l'Assurance", "TSA 50110, 75441 Paris Cedex 09", "le.mediateur@mediation-assurance.org",
          "www.mediation-assurance.org", "https://www.mediation-assurance.org/saisir-le-mediateur/");
  static final Mediator BANK = new Mediator("Le médiateur de la banque", "CS 151, 75422 Paris Cedex 09", null, null, null);

  static Firm firm(String mediator) {
    return new Firm(
        "Cabinet",
        2,
        new CalendarSettings(HolidayCalendar.FRANCE, null, ZoneId.of("Europe/Paris"), DayUnit.JOUR_OUVRABLE, 10, 2),
        new Firm.Contact("Service Réclamations", "reclamation@example.fr", null, null),
        null,
        Period.ofMonths(2),
        "à compter de sa réception",
        new Firm.Mail("reclamation@example.fr", null),
        null,
        mediator,
        null);
  }

  private static Mediators mediators(Map<String, Mediator> configured, String defaultId, Map<String, Firm> firms) {
    return new Mediators(new MediatorProperties(configured, defaultId), new FirmProperties(firms));
  }

  @Test
  void aFirmsComplaintsGoToItsOwnMediatorOrElseToTheDefault() {
    Mediators mediators =
        mediators(Map.of("assurance", ASSURANCE, "banque", BANK), "assurance",
            Map.of("courtier", firm(null), "banquier", firm("banque")));

    assertThat(mediators.defaultIdFor("courtier")).isEqualTo("assurance");
    assertThat(mediators.defaultFor("courtier")).isEqualTo(ASSURANCE);
    assertThat(mediators.defaultIdFor("banquier")).isEqualTo("banque");
    assertThat(mediators.defaultIdFor("no-longer-configured")).isEqualTo("assurance");
    assertThat(mediators.ids()).containsExactly("assurance", "banque");
    assertThat(mediators.isKnown("banque")).isTrue();
    assertThat(mediators.isKnown("autre")).isFalse();
  }

  @Test
  void anUnknownDefaultMediatorStopsTheStartNamingTheSetting() {
    assertThatThrownBy(() -> mediators(Map.of("assurance", ASSURANCE), "assurances", Map.of("courtier", firm(null))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("escalade.default-mediator names 'assurances', which is not configured")
        .hasMessageContaining("[assurance]");
  }

  @Test
  void aFirmNamingAnUnknownMediatorStopsTheStart() {
    assertThatThrownBy(() -> mediators(Map.of("assurance", ASSURANCE), "assurance", Map.of("courtier", firm("banque"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("escalade.firms.courtier.mediator names 'banque', which is not configured");
  }

  @Test
  void aMediatorTheFirmCannotWriteToStopsTheStart() {
    Mediator nameOnly = new Mediator("Médiateur sans adresse", null, null, "www.example.fr", null);
    assertThatThrownBy(() -> mediators(Map.of("assurance", ASSURANCE, "vague", nameOnly), "assurance", Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("escalade.mediators.vague needs an email or a postal-address");
  }

  @Test
  void lettersToAMediatorWithoutEmailGoByPost() {
    assertThat(ASSURANCE.takesEmail()).isTrue();
    assertThat(BANK.takesEmail()).isFalse();
    assertThat(BANK.isReachable()).isTrue();
  }
}
