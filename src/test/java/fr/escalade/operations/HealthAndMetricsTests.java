package fr.escalade.operations;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.firm.Firms;
import fr.escalade.intake.ComplaintIntake;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Health is public and terse, the figures are for supervisors, the rest of /actuator is closed. */
@EscaladeSpringTest
class HealthAndMetricsTests {

  /** No such user; a wrong password for a real one would delay that user's next check. */
  static final String NOBODY = "nobody-at-all";

  @Autowired TestRestTemplate http;
  @Autowired ComplaintIntake intake;
  @Autowired LetterRepository letters;
  @Autowired EntityManager entities;
  @Autowired TransactionTemplate transactions;
  @Autowired Firms firms;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void healthIsPublicAndShowsNoDetails() {
    for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
      ResponseEntity<String> health = http.getForEntity(path, String.class);
      assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      // the job executor is off in tests: UNKNOWN, which leaves the whole UP
      assertThat(health.getBody()).as(path).startsWith("{\"status\":\"UP\"")
          .doesNotContain("components").doesNotContain("details").doesNotContain("jobExecutor");
    }
  }

  @Test
  void theJobExecutorReportsUnknownWhereItIsSwitchedOffAndDownWhereItShouldRunButDoesNot(
      @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engine) {
    assertThat(new JobExecutorHealth(engine, false).health().getStatus().getCode()).isEqualTo("UNKNOWN");
    // the tests' engine has a job executor that was never started
    assertThat(new JobExecutorHealth(engine, true).health().getStatus().getCode()).isEqualTo("DOWN");
  }

  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void aSupervisorOfOneFirmScrapesThatFirmsFiguresOnly() {
    String supervisor = "metricsAlmenaSupervisor";
    if (identity.createUserQuery().userId(supervisor).count() == 0) {
      var user = identity.newUser(supervisor);
      user.setPassword(supervisor);
      identity.saveUser(user);
      identity.createMembership(supervisor, fr.escalade.identity.Roles.SUPERVISORS);
      identity.createTenantUserMembership("almena", supervisor);
    }

    ResponseEntity<String> scrape = http.withBasicAuth(supervisor, supervisor).getForEntity("/actuator/prometheus", String.class);

    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody())
        .contains("escalade_complaints_open{firm=\"almena\"}")
        .contains("escalade_engine_incidents_open")
        .doesNotContain("firm=\"asekkey\"");
  }

  @Test
  void theFiguresAreForSupervisorsAndAdministratorsOnly() {
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(NOBODY, "wrong").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String user : List.of("claire", "marc")) {
      assertThat(http.withBasicAuth(user, user).getForEntity("/actuator/prometheus", String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("sophie", "demo")) {
      ResponseEntity<String> scrape = http.withBasicAuth(user, user).getForEntity("/actuator/prometheus", String.class);
      assertThat(scrape.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(scrape.getBody())
          .contains("escalade_complaints_open{firm=\"asekkey\"}")
          .contains("escalade_acknowledgements_overdue{firm=\"almena\"}")
          .contains("escalade_answers_overdue{firm=\"asekkey\"}")
          .contains("escalade_letters{firm=\"asekkey\",status=\"pending\"}")
          .contains("escalade_letters{firm=\"asekkey\",status=\"failed\"}")
          .contains("escalade_engine_incidents_open")
          .contains("escalade_engine_jobs_failed")
          .contains("hikaricp_connections_active");
    }
  }

  @Test
  void everythingElseUnderActuatorIsClosedEvenToAdministrators() {
    for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(http.withBasicAuth("demo", "demo").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void theFiguresCountOverdueComplaintsAndLettersPerFirmAndAreReadAtMostEveryThirtySeconds() {
    AtomicLong nanos = new AtomicLong();
    RegisterFigures figures = new RegisterFigures(entities, transactions, firms, runtime, management, nanos::get);
    RegisterFigures.FirmFigures before = figures.of("asekkey");

    // sent three months ago and never acknowledged: both deadlines are past
    String reference = intake.register(aComplaint().of("asekkey").sentOn(firms.today("asekkey").minusMonths(3)).build()).getReference();
    long pending = letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference).stream()
        .filter(letter -> letter.getStatus() == LetterStatus.PENDING).count();

    assertThat(figures.of("asekkey")).as("within 30 s, the same figures").isEqualTo(before);
    nanos.addAndGet(RegisterFigures.MAX_AGE.toNanos());
    RegisterFigures.FirmFigures after = figures.of("asekkey");
    assertThat(after.open()).isEqualTo(before.open() + 1);
    assertThat(after.acknowledgementsOverdue()).isEqualTo(before.acknowledgementsOverdue() + 1);
    assertThat(after.answersOverdue()).isEqualTo(before.answersOverdue() + 1);
    assertThat(after.lettersPending()).isEqualTo(before.lettersPending() + pending);
    assertThat(after.lettersFailed()).isEqualTo(before.lettersFailed());
  }
}
