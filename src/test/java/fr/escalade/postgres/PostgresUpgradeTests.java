package fr.escalade.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeApplication;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL register that Hibernate created before migrations keeps its letters: their texts and
 * PDFs move from large objects into the rows, and the large objects are freed.
 */
@ExtendWith(PrivatePostgres.class)
@Order(Integer.MAX_VALUE)
class PostgresUpgradeTests {

  static ConfigurableApplicationContext application;
  static JdbcTemplate sql;

  @BeforeAll
  static void startOnARegisterOfAnEarlierVersion(PrivatePostgres.Server postgres) throws Exception {
    String url = postgres.createDatabase("escalade_upgrade");
    String schema =
        new String(
            PostgresUpgradeTests.class.getResourceAsStream("/register/before-migrations-postgresql.sql").readAllBytes(),
            StandardCharsets.UTF_8);
    try (Connection connection = DriverManager.getConnection(url, postgres.user(), postgres.password());
        Statement statement = connection.createStatement()) {
      for (String ddl : schema.split(";")) {
        if (!ddl.replaceAll("(?m)^--.*$", "").isBlank()) {
          statement.execute(ddl);
        }
      }
      statement.execute("""
          insert into letter (complaint_reference, type, channel, status, recipient, subject, body, pdf, created_at, attempts, version)
          values ('REC-2025-000007', 'ANSWER', 'POST', 'TO_PRINT', 'Hélène Martin', 'Votre réclamation',
            lo_from_bytea(0, convert_to('Madame, nous avons examiné votre réclamation.', 'UTF8')),
            lo_from_bytea(0, '\\x255044462d312e3700ff'::bytea), now(), 0, 0)
          """);
      statement.execute("""
          insert into idempotent_registration (idempotency_key, request_hash, reference, response_body, created_at)
          values ('key-1', 'hash', 'REC-2025-000007', lo_from_bytea(0, convert_to('{"reference":"REC-2025-000007"}', 'UTF8')), now())
          """);
    }
    application =
        new SpringApplicationBuilder(EscaladeApplication.class)
            .profiles("postgres")
            .run(
                "--POSTGRES_URL=" + url,
                "--POSTGRES_USER=" + postgres.user(),
                "--POSTGRES_PASSWORD=" + postgres.password(),
                "--ESCALADE_ADMIN_USER=responsable",
                "--ESCALADE_ADMIN_PASSWORD=cheval-agrafe-Batterie-42",
                "--SMTP_HOST=127.0.0.1",
                "--ESCALADE_PUBLIC_URL=https://reclamations.example.test",
                "--server.port=0",
                "--escalade.delivery.scheduler-enabled=false");
    sql = application.getBean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void theLettersMoveIntoTheirRowsAndTheLargeObjectsAreFreed() {
    Map<String, Object> letter = sql.queryForMap("select body, pdf from letter where complaint_reference = 'REC-2025-000007'");

    assertThat(letter.get("body")).isEqualTo("Madame, nous avons examiné votre réclamation.");
    assertThat((byte[]) letter.get("pdf")).isEqualTo(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, -1});
    assertThat(sql.queryForObject("select response_body from idempotent_registration", String.class))
        .isEqualTo("{\"reference\":\"REC-2025-000007\"}");
    assertThat(sql.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    assertThat(sql.queryForObject(
            "select is_nullable from information_schema.columns where table_name = 'letter' and column_name = 'body'", String.class))
        .isEqualTo("NO");
  }

  @Test
  void theRegisterIsTakenAsVersionOneThenMigrated() {
    List<String> history =
        sql.queryForList(
            "select version || ' ' || type from flyway_schema_history where success and version is not null order by installed_rank",
            String.class);

    assertThat(history).containsExactly("1 BASELINE", "2 JDBC", "3 JDBC", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 JDBC", "9 JDBC", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL");
    assertThat(sql.queryForObject(
            "select is_nullable from information_schema.columns where table_name = 'complaint' and column_name = 'mediator'",
            String.class))
        .isEqualTo("NO");
  }
}
