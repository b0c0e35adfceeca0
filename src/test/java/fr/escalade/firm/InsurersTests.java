package fr.escalade.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The insurers each firm configures ({@code escalade.firms.<id>.insurers.<insurerId>}) and the product
 * lines ({@code escalade.product-lines}): read beside the firm's own settings, checked at start with a
 * message that names the setting.
 */
class InsurersTests {

  private static final Map<String, Firm> FIRMS = Map.of("courtier", MediatorsTests.firm(null), "autre", MediatorsTests.firm(null));

  private static InsurerProperties bound(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings)).bind("escalade", InsurerProperties.class).get();
  }

  @Test
  void aFirmsInsurersAreReadBesideItsOtherSettings() {
    InsurerProperties properties =
        bound(Map.of(
            "escalade.firms.courtier.name", "Cabinet",
            "escalade.firms.courtier.levels", "2",
            "escalade.firms.courtier.insurers.mutuelle.name", "Mutuelle Exemple",
            "escalade.firms.courtier.insurers.mutuelle.complaints-service", "Service Réclamations",
            "escalade.firms.courtier.insurers.mutuelle.email", "reclamations@mutuelle.example",
            "escalade.firms.courtier.insurers.prevoyance.name", "Prévoyance Exemple",
            "escalade.firms.courtier.insurers.prevoyance.complaints-service", "Relations Clients",
            "escalade.firms.courtier.insurers.prevoyance.postal-address", "TSA 00000, 75000 Paris",
            "escalade.firms.autre.name", "Autre cabinet"));

    Insurers insurers = new Insurers(properties, new FirmProperties(FIRMS));

    assertThat(insurers.of("courtier")).containsOnlyKeys("mutuelle", "prevoyance");
    assertThat(insurers.get("courtier", "mutuelle"))
        .isEqualTo(new Insurer("Mutuelle Exemple", "Service Réclamations", "reclamations@mutuelle.example", null));
    assertThat(insurers.get("courtier", "prevoyance").takesEmail()).isFalse();
    assertThat(insurers.of("autre")).isEmpty();
    assertThat(insurers.isKnown("autre", "mutuelle")).as("an insurer is its firm's own").isFalse();
    assertThat(insurers.isKnown("courtier", null)).isFalse();
  }

  @Test
  void anInsurerTheFirmCannotWriteToStopsTheStartNamingTheSetting() {
    InsurerProperties properties =
        bound(Map.of(
            "escalade.firms.courtier.insurers.muet.name", "Assureur sans adresse",
            "escalade.firms.courtier.insurers.muet.complaints-service", "Service Réclamations"));

    assertThatThrownBy(() -> new Insurers(properties, new FirmProperties(FIRMS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("escalade.firms.courtier.insurers.muet needs an email or a postal-address");
  }

  @Test
  void insurersOfAFirmThatIsNotConfiguredStopTheStart() {
    InsurerProperties properties =
        bound(Map.of(
            "escalade.firms.ailleurs.insurers.mutuelle.name", "Mutuelle Exemple",
            "escalade.firms.ailleurs.insurers.mutuelle.complaints-service", "Service Réclamations",
            "escalade.firms.ailleurs.insurers.mutuelle.email", "reclamations@mutuelle.example"));

    assertThatThrownBy(() -> new Insurers(properties, new FirmProperties(FIRMS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("escalade.firms.ailleurs.insurers belongs to no configured firm");
  }

  @Test
  void productLinesAreReadInOrderAndAnIdentifierNamedTwiceStopsTheStart() {
    ProductLines lines =
        new Binder(new MapConfigurationPropertySource(Map.of(
                "escalade.product-lines[0].id", "AUTO", "escalade.product-lines[0].label", "Automobile",
                "escalade.product-lines[1].id", "SANTE", "escalade.product-lines[1].label", "Santé")))
            .bind("escalade", ProductLines.class).get();

    assertThat(lines.ids()).containsExactly("AUTO", "SANTE");
    assertThat(lines.find("SANTE")).contains(new ProductLine("SANTE", "Santé"));
    assertThat(lines.isKnown("sante")).isFalse();
    assertThatThrownBy(
            () -> new ProductLines(java.util.List.of(new ProductLine("AUTO", "Automobile"), new ProductLine("AUTO", "Auto"))))
        .hasMessageContaining("escalade.product-lines names 'AUTO' twice");
  }
}
