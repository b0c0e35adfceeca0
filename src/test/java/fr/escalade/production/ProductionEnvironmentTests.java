package fr.escalade.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The postgres profile starts only with its whole environment contract and a strong administrator password. */
class ProductionEnvironmentTests {

  private static MockEnvironment production() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("postgres");
    environment.setProperty("POSTGRES_URL", "jdbc:postgresql://db/escalade");
    environment.setProperty("POSTGRES_USER", "escalade");
    environment.setProperty("POSTGRES_PASSWORD", "n0t-the-default-Pg");
    environment.setProperty("ESCALADE_ADMIN_USER", "responsable");
    environment.setProperty("ESCALADE_ADMIN_PASSWORD", "cheval-agrafe-Batterie-42");
    environment.setProperty("SMTP_HOST", "smtp.example.fr");
    environment.setProperty("ESCALADE_PUBLIC_URL", "https://reclamations.example.fr");
    return environment;
  }

  private static void check(MockEnvironment environment) {
    new ProductionEnvironment().postProcessEnvironment(environment, new SpringApplication());
  }

  @Test
  void theWholeContractStarts() {
    assertThatCode(() -> check(production())).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD", "ESCALADE_ADMIN_USER", "ESCALADE_ADMIN_PASSWORD",
      "SMTP_HOST", "ESCALADE_PUBLIC_URL"})
  void eachMissingVariableIsNamed(String variable) {
    MockEnvironment environment = production();
    environment.setProperty(variable, " ");

    assertThatThrownBy(() -> check(environment)).hasMessageContaining(variable + " is not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "admin", "short-Pass1", "responsable", "RESPONSABLE", "Password2024!", "123456789012345",
      "adminadminadmin", "Camunda-12345", "responsable-2026", "chevalagrafebatterie", "CHEVALAGRAFEBATTERIE"})
  void aWeakOrDefaultAdministratorPasswordIsRefused(String password) {
    MockEnvironment environment = production();
    environment.setProperty("ESCALADE_ADMIN_PASSWORD", password);

    assertThatThrownBy(() -> check(environment)).hasMessageContaining("ESCALADE_ADMIN_PASSWORD");
  }

  @Test
  void aPasswordOfOneKindOfCharacterIsRefusedSayingWhy() {
    MockEnvironment environment = production();
    environment.setProperty("ESCALADE_ADMIN_PASSWORD", "chevalagrafebatterie");

    assertThatThrownBy(() -> check(environment))
        .hasMessageStartingWith("The postgres profile cannot start:")
        .hasMessageContaining("ESCALADE_ADMIN_PASSWORD has one kind of character only");
    environment.setProperty("ESCALADE_ADMIN_PASSWORD", "cheval agrafe batterie");
    assertThatCode(() -> check(environment)).as("letters and spaces").doesNotThrowAnyException();
  }

  @Test
  void thePasswordIsNeverShownInTheMessage() {
    MockEnvironment environment = production();
    environment.setProperty("ESCALADE_ADMIN_PASSWORD", "Password2024!");

    assertThatThrownBy(() -> check(environment)).message().doesNotContain("Password2024!");
  }

  @Test
  void clientsAndStaffReachProductionOverHttps() {
    MockEnvironment environment = production();
    environment.setProperty("ESCALADE_PUBLIC_URL", "http://reclamations.example.fr");

    assertThatThrownBy(() -> check(environment)).hasMessageContaining("ESCALADE_PUBLIC_URL must be an https:// address");
  }

  @Test
  void theEmbeddedDefaultNeedsNone() {
    MockEnvironment environment = new MockEnvironment();

    assertThatCode(() -> check(environment)).doesNotThrowAnyException();
    assertThat(environment.getActiveProfiles()).isEmpty();
  }
}
