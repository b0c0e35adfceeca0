package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The engine's failures reach callers as an id to quote, a 404 or a 503: never its exception classes. */
class EngineRestFailuresTests {

  private MockHttpServletResponse answer(FilterChain engine) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new EngineRestFailures().doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, engine);
    return response;
  }

  private static FilterChain failingWith(int status, String body) {
    return (request, response) -> {
      ((HttpServletResponse) response).setStatus(status);
      response.setContentType("application/json");
      response.getOutputStream().write(body.getBytes());
    };
  }

  @Test
  void aFailureOfTheEngineIsLoggedUnderAnIdThatTheCallerReads() throws Exception {
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"type\":\"ProcessEngineException\",\"message\":\"### Error querying database. Cause: org.h2.jdbc.JdbcSQLSyntaxErrorException: ACT_RU_TASK\"}"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString())
        .contains("failure is in its log under")
        .doesNotContain("Exception")
        .doesNotContain("ACT_RU_TASK")
        .doesNotContain("h2");
  }

  @Test
  void theDatabaseOutOfReachIsA503WithRetryAfter() throws Exception {
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"type\":\"ProcessEngineException\",\"message\":\"HikariPool-1 - Connection is not available, request timed out\"}"));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentAsString()).doesNotContain("Hikari");
  }

  @Test
  void anotherFirmsInstanceIsA404() throws Exception {
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"message\":\"Cannot read process instance 'x' because it belongs to no authenticated tenant.\"}"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString()).doesNotContain("tenant");
  }

  @Test
  void aTaskCompletedAsItsTimerFiresIsA409WithRetryAfterAskingToTryAgain() throws Exception {
    // what Camunda's REST writes for POST /task/{id}/complete or /submit-form meeting the job executor
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"type\":\"RestException\",\"message\":\"Cannot complete task 42: ENGINE-03005 Execution of "
            + "'UPDATE ExecutionEntity[7]' failed. Entity was updated by another transaction concurrently.\",\"code\":1}"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    assertThat(response.getContentAsString())
        .contains("\"type\":\"Conflict\"")
        .contains("Try again")
        .doesNotContain("ExecutionEntity");
  }

  @Test
  void theEnginesOwnOptimisticLockingExceptionIsA409Too() throws Exception {
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 …\",\"code\":1}"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getHeader("Retry-After")).isEqualTo("1");
  }

  @Test
  void theRegistersOwnOptimisticLockFailingInATaskListenerIsA409Too() throws Exception {
    // seen in EngineCollisionsTests: the completion's listener writes the complaint another transaction changed
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"type\":\"ObjectOptimisticLockingFailureException\",\"message\":\"Row was updated or deleted "
            + "by another transaction (or unsaved-value mapping was incorrect): [fr.escalade.complaint.Complaint#25]\",\"code\":null}"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString()).doesNotContain("Complaint#");
  }

  @Test
  void anotherEngineFailureWithACodeOtherThanALockIsStillA500() throws Exception {
    MockHttpServletResponse response =
        answer(failingWith(500, "{\"type\":\"ProcessEngineException\",\"message\":\"boom\",\"code\":10001}"));

    assertThat(response.getStatus()).isEqualTo(500);
  }

  @Test
  void anOptimisticLockThrownThroughTheFilterIsA409() throws Exception {
    MockHttpServletResponse response =
        answer((request, r) -> {
          throw new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005 UPDATE TaskEntity failed");
        });

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    assertThat(response.getContentAsString()).doesNotContain("TaskEntity");
  }

  @Test
  void anExceptionThrownThroughTheFilterIsAnsweredTheSameWay() throws Exception {
    MockHttpServletResponse response =
        answer((request, r) -> {
          throw new IllegalStateException("org.apache.ibatis secret");
        });

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString()).doesNotContain("ibatis").doesNotContain("IllegalState");
  }

  @Test
  void everyOtherAnswerPassesUntouched() throws Exception {
    MockHttpServletResponse response =
        answer(failingWith(400, "{\"type\":\"InvalidRequestException\",\"message\":\"Expression refusée\"}"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("Expression refusée");
  }
}
