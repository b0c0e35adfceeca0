package fr.escalade.operations;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The database out of reach for a while, as the pool sees it when no connection comes within its
 * timeout: intake answers 503 with Retry-After and registers nothing, readiness says so, and all of
 * it recovers by itself when the database is back.
 */
@EscaladeSpringTest
@Import(DatabaseOutageTests.OutageSwitchConfiguration.class)
class DatabaseOutageTests {

  /** The application's data source, which can be made to fail as Hikari does after its timeout. */
  static final class OutageSwitch extends DelegatingDataSource {

    volatile boolean down;

    /** Connections still handed out before the outage begins; negative: no outage coming. */
    final java.util.concurrent.atomic.AtomicInteger connectionsBeforeOutage = new java.util.concurrent.atomic.AtomicInteger(-1);

    OutageSwitch(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      check();
      return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      check();
      return super.getConnection(username, password);
    }

    private void check() throws SQLException {
      if (connectionsBeforeOutage.get() >= 0 && connectionsBeforeOutage.getAndDecrement() == 0) {
        down = true;
      }
      if (down) {
        throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms.");
      }
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class OutageSwitchConfiguration {
    @Bean
    static BeanPostProcessor outageSwitch() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && name.equals("dataSource") ? new OutageSwitch(dataSource) : bean;
        }
      };
    }
  }

  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate http;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private OutageSwitch outage() {
    return (OutageSwitch) dataSource;
  }

  @AfterEach
  void databaseBack() {
    outage().connectionsBeforeOutage.set(-1);
    outage().down = false;
  }

  private ResponseEntity<JsonNode> register(String subject) {
    return http.withBasicAuth("demo", "demo")
        .postForEntity("/api/complaints", aComplaint().about(subject, "Pendant la panne.").build(), JsonNode.class);
  }

  private long registered(String subject) {
    return jdbc.queryForObject("select count(*) from complaint where subject = ?", Long.class, subject);
  }

  @Test
  void intakeAnswers503WhileTheDatabaseIsOutOfReachRegistersNothingAndRecovers() {
    outage().down = true;

    ResponseEntity<JsonNode> refused = register("Panne de base");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(refused.getBody().get("detail").asText()).contains("database cannot be reached").contains("nothing was registered");
    assertThat(refused.getBody().toString()).doesNotContain("Hikari").doesNotContain("SQL");
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    outage().down = false;

    assertThat(registered("Panne de base")).isZero();
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(register("Panne de base").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(registered("Panne de base")).isEqualTo(1);
  }

  /**
   * The outage begins at the first, second, third… connection the registration asks for: in its
   * authentication, its transaction or anywhere after; every time the answer is a 503 and nothing
   * of the complaint remains, until the registration gets all it needs and is a 201.
   */
  @Test
  void whereverTheOutageBeginsInARegistrationItIsWhollyRegisteredOrNotAtAll(@Autowired RuntimeService runtime) {
    for (int connections = 0; connections < 50; connections++) {
      String subject = "Panne après " + connections + " connexions";
      long processes = runtime.createProcessInstanceQuery().count();
      outage().connectionsBeforeOutage.set(connections);

      ResponseEntity<JsonNode> answer = register(subject);

      databaseBack();
      if (answer.getStatusCode() == HttpStatus.CREATED) {
        assertThat(connections).as("an outage from the first connection on refuses the request").isPositive();
        assertThat(registered(subject)).isEqualTo(1);
        return;
      }
      assertThat(answer.getStatusCode()).as("after %d connections", connections).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(registered(subject)).as("after %d connections", connections).isZero();
      assertThat(runtime.createProcessInstanceQuery().count()).as("after %d connections", connections).isEqualTo(processes);
    }
    throw new AssertionError("the registration never went through");
  }

  @Test
  void theClientsFormSaysInFrenchThatNothingWasRegistered() throws Exception {
    outage().down = true;

    MockHttpServletResponse page =
        mvc.perform(post("/reclamation/asekkey").with(csrf())
                .param("name", "Hélène Martin").param("email", "helene.martin@example.fr").param("client", "true")
                .param("subject", "Franchise").param("description", "On m'applique une franchise.").param("consent", "true"))
            .andReturn().getResponse();

    assertThat(page.getStatus()).isEqualTo(503);
    assertThat(page.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(page.getContentAsString()).contains("Service momentanément indisponible").contains("rien n'a été enregistré");
  }

  @Test
  void theEnginesRestApiAnswers503WithRetryAfterAndNamesNoException() {
    outage().down = true;

    for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/engine")) {
      ResponseEntity<String> answer = http.withBasicAuth("demo", "demo").getForEntity(path, String.class);
      if (path.equals("/engine-rest/engine")) {
        continue; // lists the engines' names: no database, nothing to refuse
      }
      assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
      assertThat(answer.getBody()).doesNotContain("Exception").doesNotContain("Hikari").doesNotContain("SQL");
    }
  }

  @Test
  void theStaffLoginAnswers503WithRetryAfterNotAnErrorPage() throws Exception {
    outage().down = true;

    MockHttpServletResponse page =
        mvc.perform(post("/rapports/connexion").with(csrf()).param("username", "sophie").param("password", "sophie"))
            .andReturn().getResponse();

    assertThat(page.getStatus()).isEqualTo(503);
    assertThat(page.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(page.getContentAsString()).contains("Service momentanément indisponible").doesNotContain("Exception");
  }

  @Test
  void onlyFailuresToReachTheDatabaseAreOutages() {
    assertThat(fr.escalade.system.DatabaseOutage.causedBy(
            new org.camunda.bpm.engine.ProcessEngineException("ENGINE-03004", new SQLTransientConnectionException("timeout"))))
        .isTrue();
    assertThat(fr.escalade.system.DatabaseOutage.causedBy(new SQLException("connection refused", "08001"))).isTrue();
    assertThat(fr.escalade.system.DatabaseOutage.causedBy(new SQLException("unique violation", "23505"))).isFalse();
    assertThat(fr.escalade.system.DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
  }
}
