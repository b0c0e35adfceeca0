package fr.escalade.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeApplication;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jar as production runs it: the {@code postgres} profile on a real PostgreSQL, configured by the
 * environment contract of README.md alone. The register is created by the migrations and checked by
 * Hibernate; the administrator is the environment's, and there is no other user.
 */
@ExtendWith(PrivatePostgres.class)
@Order(Integer.MAX_VALUE)
class PostgresProfileTests {

  static final String ADMIN = "responsable";
  static final String ADMIN_PASSWORD = "cheval-agrafe-Batterie-42";

  static ConfigurableApplicationContext application;
  static TestRestTemplate http;

  @BeforeAll
  static void startTheJarWithThePostgresProfile(PrivatePostgres.Server postgres) throws Exception {
    String url = postgres.createDatabase("escalade_profile");
    int unusedSmtpPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      unusedSmtpPort = socket.getLocalPort();
    }
    // command-line arguments stand for the environment variables: the profile reads them by name
    application =
        new SpringApplicationBuilder(EscaladeApplication.class)
            .profiles("postgres")
            .run(
                "--POSTGRES_URL=" + url,
                "--POSTGRES_USER=" + postgres.user(),
                "--POSTGRES_PASSWORD=" + postgres.password(),
                "--ESCALADE_ADMIN_USER=" + ADMIN,
                "--ESCALADE_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--SMTP_HOST=127.0.0.1",
                "--SMTP_PORT=" + unusedSmtpPort,
                "--ESCALADE_PUBLIC_URL=https://reclamations.example.test",
                "--server.port=0");
    int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
    http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void theRegisterIsCreatedByTheMigrations() {
    JdbcTemplate sql = application.getBean(JdbcTemplate.class);

    List<String> applied =
        sql.queryForList("select version from flyway_schema_history where success order by installed_rank", String.class);
    assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
    assertThat(sql.queryForObject(
            "select data_type from information_schema.columns where table_name = 'letter' and column_name = 'body'", String.class))
        .isEqualTo("text");
  }

  @Test
  void theAdministratorOfTheEnvironmentRegistersAComplaintAndItsRetryIsReplayed() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", "postgres-profile-1");
    Map<String, Object> complaint =
        Map.of(
            "firm", "asekkey",
            "channel", "EMAIL",
            "sentOn", "2026-03-02",
            "complainant", Map.of("name", "Hélène Martin", "email", "helene.martin@example.fr", "isClient", true),
            "subject", "Dégât des eaux non indemnisé",
            "description", "Mon sinistre n'est toujours pas indemnisé.");

    ResponseEntity<JsonNode> created =
        http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForEntity("/api/complaints", new HttpEntity<>(complaint, headers), JsonNode.class);
    ResponseEntity<JsonNode> retried =
        http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForEntity("/api/complaints", new HttpEntity<>(complaint, headers), JsonNode.class);

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String reference = created.getBody().get("reference").asText();
    assertThat(retried.getBody().get("reference").asText()).isEqualTo(reference);
    JsonNode found =
        http.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForObject("/api/complaints?q=helene mar", JsonNode.class);
    assertThat(found.toString()).contains(reference);
  }

  @Test
  void theAdministratorIsTheEnvironmentsAndNoDemoUserExists() {
    assertThat(http.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/engine-rest/user", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/user", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/complaints", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    IdentityService identity = application.getBean(IdentityService.class);
    assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly(ADMIN);
    assertThat(identity.createUserQuery().userId(ADMIN).memberOfGroup("camunda-admin").count()).isEqualTo(1);
  }

  @Test
  void theProfileDoesNotStartWithADefaultAdministratorPassword(PrivatePostgres.Server postgres) {
    assertThatThrownBy(() ->
            new SpringApplicationBuilder(EscaladeApplication.class)
                .profiles("postgres")
                .run(
                    "--POSTGRES_URL=" + postgres.createDatabase("escalade_refused"),
                    "--POSTGRES_USER=" + postgres.user(),
                    "--POSTGRES_PASSWORD=" + postgres.password(),
                    "--ESCALADE_ADMIN_USER=admin",
                    "--ESCALADE_ADMIN_PASSWORD=admin",
                    "--SMTP_HOST=127.0.0.1",
                    "--ESCALADE_PUBLIC_URL=https://reclamations.example.test",
                    "--server.port=0")
                .close())
        .hasMessageContaining("ESCALADE_ADMIN_PASSWORD has fewer than 12 characters");
  }

  @Test
  void theSessionCookieIsSecureSameSiteAndHttpOnly() {
    ResponseEntity<String> page = http.getForEntity("/rapports/connexion", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    String session =
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + page.getHeaders()));
    assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
  }
}
