package fr.escalade.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded register written before migrations (Hibernate's ddl-auto: enum types, large objects,
 * no name words or in-time flags yet) keeps working: Flyway takes it as version 1, gives it V1's
 * column types and fills in what the search and the reports read.
 */
@Order(Integer.MAX_VALUE)
class RegisterUpgradeTests {

  static final String URL = "jdbc:h2:mem:register-upgrade;DB_CLOSE_DELAY=-1";
  static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, -1};

  static ConfigurableApplicationContext application;
  static TestRestTemplate http;
  static JdbcTemplate sql;

  @BeforeAll
  static void startOnARegisterOfAnEarlierVersion() throws Exception {
    try (Connection connection = DriverManager.getConnection(URL, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("runscript from 'classpath:/register/before-migrations-h2.sql'");
      statement.execute("""
          insert into complaint (reference, firm, channel, status, outcome, complainant_name, complainant_is_client,
            subject, description, start_date, sent_on, registered_at, entry_level, level_reached,
            acknowledgement_due_on, acknowledgement_sent_on, answer_due_on, answer_sent_on,
            mediation_opens_on, mediation_closes_on, delay_notices_sent, version)
          values ('REC-2025-000007', 'asekkey', 'POST', 'ANSWERED', 'UNFAVOURABLE', 'Hélène Martin-Dubois', true,
            'Sinistre', 'Toujours pas indemnisé.', date '2025-09-01', date '2025-09-01', timestamp with time zone '2025-09-03 10:00:00+02', 2, 2,
            date '2025-09-12', date '2025-09-10', date '2025-11-01', date '2025-11-20',
            date '2025-10-31', date '2026-09-01', 0, 0)
          """);
      statement.execute("""
          insert into letter (complaint_reference, type, channel, status, recipient, subject, body, pdf, created_at, attempts, version)
          values ('REC-2025-000007', 'ANSWER', 'POST', 'TO_PRINT', 'Hélène Martin-Dubois', 'Votre réclamation',
            'Madame, nous avons examiné votre réclamation.', X'255044462D312E3700FF', timestamp with time zone '2025-11-20 10:00:00+01', 0, 0)
          """);
    }
    application =
        new SpringApplicationBuilder(EscaladeApplication.class)
            .profiles("test")
            .run("--spring.datasource.url=" + URL, "--server.port=0");
    int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
    http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)).withBasicAuth("sophie", "sophie");
    sql = application.getBean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void theRegisterIsTakenAsVersionOneThenMigrated() {
    List<Map<String, Object>> history =
        sql.queryForList("select \"version\", \"type\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"");

    assertThat(history).extracting(row -> row.get("version") + " " + row.get("type"))
        .containsExactly("1 BASELINE", "2 JDBC", "3 JDBC", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 JDBC", "9 JDBC", "10 SQL", "11 SQL", "12 SQL", "13 SQL", "14 SQL");
    assertThat(sql.queryForObject(
            "select data_type from information_schema.columns where table_name = 'LETTER' and column_name = 'BODY'", String.class))
        .isEqualTo("CHARACTER VARYING");
    assertThat(sql.queryForObject(
            "select data_type from information_schema.columns where table_name = 'COMPLAINT' and column_name = 'CHANNEL'", String.class))
        .isEqualTo("CHARACTER VARYING");
  }

  @Test
  void theLettersOfTheEarlierVersionAreIntact() {
    Map<String, Object> letter = sql.queryForMap("select body, pdf from letter where complaint_reference = 'REC-2025-000007'");

    assertThat(letter.get("BODY")).isEqualTo("Madame, nous avons examiné votre réclamation.");
    assertThat((byte[]) letter.get("PDF")).isEqualTo(PDF);
    JsonNode letters = http.getForObject("/api/complaints/REC-2025-000007/correspondence", JsonNode.class);
    assertThat(letters.toString()).contains("Votre réclamation");
  }

  @Test
  void theSearchAndTheReportsReadWhatTheBackfillFilledIn() {
    assertThat(sql.queryForList(
            "select word from complaint_name_word w join complaint c on c.id = w.complaint_id where c.reference = 'REC-2025-000007' order by word",
            String.class))
        .containsExactly("dubois", "helene", "martin");
    assertThat(sql.queryForMap("select acknowledged_in_time, answered_in_time from complaint where reference = 'REC-2025-000007'"))
        .containsEntry("ACKNOWLEDGED_IN_TIME", true)
        .containsEntry("ANSWERED_IN_TIME", false);
    JsonNode found = http.getForObject("/api/complaints?q=helene mart", JsonNode.class);
    assertThat(found.toString()).contains("REC-2025-000007");
  }

  @Test
  void aComplaintOfTheEarlierVersionGoesToItsFirmsDefaultMediator() {
    assertThat(sql.queryForObject("select mediator from complaint where reference = 'REC-2025-000007'", String.class))
        .isEqualTo("assurance");
    assertThat(sql.queryForObject(
            "select is_nullable from information_schema.columns where table_name = 'COMPLAINT' and column_name = 'MEDIATOR'",
            String.class))
        .isEqualTo("NO");
    JsonNode complaint = http.getForObject("/api/complaints/REC-2025-000007", JsonNode.class);
    assertThat(complaint.get("mediator").asText()).isEqualTo("assurance");
  }
}
