package fr.escalade.system;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Outcome;
import fr.escalade.process.ComplaintProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19: a complaint registered with its deadlines already past, and an agent's action recorded
 * while its timers fire. The timers are the engine's real jobs, run on a second thread as the job
 * executor would; in three rounds out of four the first job's transaction stays open a moment after
 * it changed the process, so that the two overlap. Every answer is a 202 or a 409 with Retry-After,
 * the register and the process then tell the same story, and some attempts did collide (the
 * escalade.engine.collisions counter). On H2 only some overlaps fail the engine's optimistic lock.
 */
@EscaladeSpringTest
class EngineCollisionsTests {

  private static final String MARC = "Basic bWFyYzptYXJj"; // complaints service
  private static final int ROUNDS = 24;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ComplaintRegister register;
  @Autowired ComplaintProcess process;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry meters;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 20, 10, 0);

  private final ExecutorService jobThread = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopJobThread() {
    jobThread.shutdownNow();
  }

  @Test
  void anActionMeetingTheComplaintsTimersIsRetriedOrAnswered409NeverA500NorHalfDone() throws Exception {
    LocalDate today = LocalDate.of(2026, 3, 20);
    List<String> answers = new ArrayList<>();
    double retriedBefore = collisions("retried");
    for (int round = 0; round < ROUNDS; round++) {
      String reference = registerLateLetter(today.minusDays(75), today);
      boolean referral = round % 2 == 0;
      // 0: a free race; otherwise the first timer's transaction is held open that long after it changed the process
      long holdMillis = (round % 4) * 60L;
      CountDownLatch fired = new CountDownLatch(1);
      Future<?> timers = jobThread.submit(() -> fireDueTimers(reference, fired, holdMillis));
      assertThat(fired.await(30, TimeUnit.SECONDS)).isTrue();

      MvcResult answer =
          referral
              ? act(reference, "mediator-referral", "{\"receivedOn\": \"" + today + "\"}")
              : act(reference, "withdrawal", "{\"withdrawnOn\": \"" + today + "\"}");
      timers.get(60, TimeUnit.SECONDS);
      fireDueTimers(reference, new CountDownLatch(1), 0);

      int status = answer.getResponse().getStatus();
      String body = answer.getResponse().getContentAsString();
      answers.add(status + (answer.getResponse().getHeader(HttpHeaders.RETRY_AFTER) != null ? "+Retry-After" : ""));
      assertThat(status).as("round %d (%s): %s", round, referral ? "referral" : "withdrawal", body).isIn(202, 409);
      Complaint complaint = register.get(reference);
      boolean done = referral ? complaint.getMediation().getReferredOn() != null : complaint.getOutcome() == Outcome.WITHDRAWN;
      if (status == 202) {
        assertThat(done).as("round %d: accepted, so recorded in the register", round).isTrue();
      } else {
        assertThat(answer.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).as("round %d: %s", round, body).isNotNull();
        assertThat(json.readTree(body).path("detail").asText()).contains("Try again");
        assertThat(done).as("round %d: refused, so nothing of it recorded", round).isFalse();
      }
      for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
            .as("round %d: a timer that met the action is run again, not made an incident", round).isZero();
      }
      if (referral) {
        assertThat(process.isMediationUnderWay(reference)).as("round %d: the process agrees with the register", round).isEqualTo(done);
        assertThat(complaint.getStatus() == ComplaintStatus.WITH_MEDIATOR).isEqualTo(done);
      } else {
        assertThat(process.isRunning(reference)).as("round %d: the process agrees with the register", round).isEqualTo(!done);
        assertThat(complaint.getStatus() == ComplaintStatus.CLOSED).isEqualTo(done);
      }
    }
    assertThat(answers).as("at least some actions were accepted: %s", answers).contains("202");
    assertThat(collisions("retried") - retriedBefore).as("the actions did meet the timers: %s", answers).isPositive();
  }

  /**
   * Tasklist's completion meeting another transaction that ends the same task: here another
   * completion, held open a moment on a second thread so that the two surely meet (a timer's job
   * that moves the process on fails the completion in the same way).
   */
  @Test
  void aTaskCompletedThroughTheEngineRestAsAnotherTransactionEndsItIsA409WithRetryAfterNotA500() throws Exception {
    LocalDate today = LocalDate.of(2026, 3, 20);
    // Jersey starts on its first request: not while the other transaction waits
    assertThat(http.withBasicAuth("marc", "marc").getForEntity("/engine-rest/task?maxResults=1", String.class).getStatusCode().value())
        .isEqualTo(200);
    for (int round = 0; round < 3; round++) {
      String reference = registerLateLetter(today.minusDays(75), today);
      String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
      CountDownLatch ended = new CountDownLatch(1);
      Future<?> other = jobThread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
        tasks.complete(taskId, Map.of("qualification", "COMPLAINT"));
        ended.countDown();
        pause(1_000);
      }));
      assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();

      ResponseEntity<String> collided = complete(taskId);
      other.get(30, TimeUnit.SECONDS);

      assertThat(collided.getStatusCode().value()).as("round %d: %s", round, collided.getBody()).isEqualTo(409);
      assertThat(collided.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
      assertThat(json.readTree(collided.getBody()).path("message").asText()).contains("Try again");
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).taskDefinitionKey(
              history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getTaskDefinitionKey()).count())
          .as("round %d: the task was done once, by the other transaction", round).isEqualTo(1);
      assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }
  }

  private ResponseEntity<String> complete(String taskId) {
    return http.withBasicAuth("marc", "marc")
        .postForEntity(
            "/engine-rest/task/{id}/complete",
            Map.of("variables", Map.of("qualification", Map.of("value", "COMPLAINT"))),
            String.class,
            taskId);
  }

  private double collisions(String outcome) {
    return meters.counter("escalade.engine.collisions", "outcome", outcome).count();
  }

  /** What a late letter's registration answers: its reference, its process started, its timers past due. */
  private String registerLateLetter(LocalDate sentOn, LocalDate receivedOn) throws Exception {
    var tree = json.valueToTree(aComplaint().of("asekkey").atLevel(2).byPost().sentOn(sentOn).build());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("receivedOn", receivedOn.toString());
    MvcResult created =
        mvc.perform(
                post("/api/complaints")
                    .header(HttpHeaders.AUTHORIZATION, MARC)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(tree)))
            .andReturn();
    assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
    return json.readTree(created.getResponse().getContentAsString()).path("reference").asText();
  }

  private MvcResult act(String reference, String action, String body) throws Exception {
    return mvc.perform(
            post("/api/complaints/{reference}/" + action, reference)
                .header(HttpHeaders.AUTHORIZATION, MARC)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn();
  }

  /**
   * Runs the complaint's due jobs until none is left, as the job executor does: a job that failed
   * (it met the action) is run again. The first one's transaction stays open {@code holdMillis}
   * after the job changed the process; {@code fired} is counted down once that first job ran.
   */
  private Void fireDueTimers(String reference, CountDownLatch fired, long holdMillis) {
    TransactionTemplate held = new TransactionTemplate(transactions);
    try {
      for (int run = 0; run < 200; run++) {
        List<Job> due =
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList();
        if (due.isEmpty()) {
          return null;
        }
        String jobId = due.get(0).getId();
        if (fired.getCount() > 0 && holdMillis > 0) {
          held.executeWithoutResult(status -> {
            management.executeJob(jobId);
            fired.countDown();
            pause(holdMillis);
          });
          continue;
        }
        fired.countDown();
        try {
          management.executeJob(jobId);
        } catch (RuntimeException collided) {
          // the engine decremented the job's retries, as its job executor would; it runs again
        }
      }
      throw new AssertionError("the timers of " + reference + " never stopped firing");
    } finally {
      fired.countDown();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
