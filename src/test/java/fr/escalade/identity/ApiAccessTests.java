package fr.escalade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each door of {@code /api} from the wrong role and from the right one, on a real port; and what
 * supervisors may not do to a complaint's variables through the engine's REST API (as Cockpit does).
 */
@EscaladeSpringTest
class ApiAccessTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  /** In no group at all: authenticated, and allowed nothing. */
  static final String NOBODY = "nogroup";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired RoleSetup roleSetup;
  @Autowired TaskService tasks;

  @BeforeEach
  void setUp() {
    if (identity.createUserQuery().userId(NOBODY).count() == 0) {
      var user = identity.newUser(NOBODY);
      user.setPassword(NOBODY);
      identity.saveUser(user);
    }
  }


  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private String registered(String user) {
    Map<String, Object> complaint =
        Map.of(
            "firm", "almena", "channel", "POST", "sentOn", "2026-03-02",
            "complainant", Map.of("name", "Lucie Bernard", "postalAddress", "1 rue Haute, 97110 Pointe-à-Pitre"),
            "subject", "Retard de remboursement", "description", "Toujours rien reçu.");
    ResponseEntity<JsonNode> created = http.withBasicAuth(user, user).postForEntity("/api/complaints", complaint, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("reference").asText();
  }

  @Test
  void theRegisterItsExportAndTheFiguresAreForSupervisorsOnly() {
    for (String path : List.of("/api/register.csv", "/api/complaints", "/api/reports/kpis", "/api/corrective-actions")) {
      for (String user : List.of("claire", "marc", NOBODY)) {
        assertThat(call(user, HttpMethod.GET, path, null).getStatusCode()).as("%s GET %s", user, path).isEqualTo(HttpStatus.FORBIDDEN);
      }
      for (String user : List.of("sophie", "demo")) {
        assertThat(call(user, HttpMethod.GET, path, null).getStatusCode()).as("%s GET %s", user, path).isEqualTo(HttpStatus.OK);
      }
    }
  }

  @Test
  void lettersToPrintAndDysfunctionsAreForTheComplaintsServiceAndSupervisors() {
    String reference = registered("claire");
    Map<String, String> dysfunction = Map.of("category", "PROCESSING_DELAY", "description", "Courrier égaré.");
    for (String user : List.of("claire", NOBODY)) {
      assertThat(call(user, HttpMethod.GET, "/api/letters?status=TO_PRINT", null).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(user, HttpMethod.POST, "/api/complaints/" + reference + "/dysfunctions", dysfunction).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(user, HttpMethod.POST, "/api/complaints/" + reference + "/correspondence/1/printed", null).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call("marc", HttpMethod.GET, "/api/letters?status=TO_PRINT", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("sophie", HttpMethod.GET, "/api/letters?status=TO_PRINT", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("marc", HttpMethod.POST, "/api/complaints/" + reference + "/dysfunctions", dysfunction).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(call("sophie", HttpMethod.GET, "/api/complaints/" + reference + "/dysfunctions", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void choosingAComplaintsMediatorIsForTheComplaintsServiceAndSupervisors() {
    String reference = registered("claire");
    Map<String, String> choice = Map.of("mediator", "banque-fbf");
    for (String user : List.of("claire", NOBODY)) {
      assertThat(call(user, HttpMethod.PUT, "/api/complaints/" + reference + "/mediator", choice).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("marc", "sophie", "demo")) {
      assertThat(call(user, HttpMethod.PUT, "/api/complaints/" + reference + "/mediator", choice).getStatusCode())
          .as(user).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void whoeverHearsTheClientRecordsAWithdrawalOrAContestedSettlementButNobodyOutsideTheGroups() {
    String reference = registered("claire");
    Map<String, String> withdrawal = Map.of("withdrawnOn", "2026-03-02");
    Map<String, String> contest = Map.of("contestedOn", "2026-03-02");
    assertThat(call(NOBODY, HttpMethod.POST, "/api/complaints/" + reference + "/withdrawal", withdrawal).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(NOBODY, HttpMethod.POST, "/api/complaints/" + reference + "/settlement-contest", contest).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // the door is open to every working group: an open complaint has no settlement to contest
    for (String user : List.of("claire", "marc", "sophie")) {
      assertThat(call(user, HttpMethod.POST, "/api/complaints/" + reference + "/settlement-contest", contest).getStatusCode())
          .as(user).isEqualTo(HttpStatus.CONFLICT);
    }
    assertThat(call("claire", HttpMethod.POST, "/api/complaints/" + reference + "/withdrawal", withdrawal).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  @Test
  void everyWorkingGroupRegistersAndFollowsAComplaintAndAUserInNoGroupNeither() {
    String reference = registered("claire");
    for (String user : List.of("claire", "marc", "sophie")) {
      assertThat(call(user, HttpMethod.GET, "/api/complaints/" + reference, null).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(call(user, HttpMethod.GET, "/api/complaints/" + reference + "/correspondence", null).getStatusCode())
          .as(user).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> refused = call(NOBODY, HttpMethod.GET, "/api/complaints/" + reference, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(call(NOBODY, HttpMethod.POST, "/api/complaints", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anAddressNoRuleNamesIsRefusedEvenToAnAdministrator() {
    assertThat(call("demo", HttpMethod.GET, "/api/not-a-door", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("demo", HttpMethod.DELETE, "/api/complaints/REC-2026-000001", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void noApiAnswerMayBeCached() {
    String reference = registered("marc");
    assertThat(call("marc", HttpMethod.GET, "/api/complaints/" + reference, null).getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(http.getForEntity("/api/complaints/" + reference, String.class).getHeaders().getCacheControl())
        .as("even the 401").isEqualTo("no-store");
    assertThat(call("sophie", HttpMethod.GET, "/api/register.csv", null).getHeaders().getCacheControl()).isEqualTo("no-store");
  }

  @Test
  void supervisorsReadAComplaintsVariablesInCockpitButCannotRewriteOrDeleteThem() {
    String reference = registered("marc");
    String instance = call("marc", HttpMethod.GET, "/api/complaints/" + reference, null).getBody().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
    String variable = "/engine-rest/process-instance/" + instance + "/variables/" + "subject";

    assertThat(call("sophie", HttpMethod.GET, variable, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call("sophie", HttpMethod.PUT, variable, Map.of("value", "Rien à signaler", "type", "String")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("sophie", HttpMethod.DELETE, variable, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("sophie", HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/variables",
            Map.of("modifications", Map.of("subject", Map.of("value", "x", "type", "String")))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("sophie", HttpMethod.GET, variable, null).getBody()).contains("Retard de remboursement");
  }

  @Test
  void aGrantThatLetSupervisorsRewriteVariablesIsTakenBackAtStart() {
    Authorization grant =
        authorizations.createAuthorizationQuery().groupIdIn(Roles.SUPERVISORS)
            .resourceType(Resources.PROCESS_INSTANCE).resourceId(Authorization.ANY).singleResult();
    grant.addPermission(Permissions.UPDATE);
    authorizations.saveAuthorization(grant);
    assertThat(authorizations.isUserAuthorized("sophie", List.of(Roles.SUPERVISORS), Permissions.UPDATE, Resources.PROCESS_INSTANCE))
        .isTrue();

    roleSetup.setUp();

    assertThat(authorizations.isUserAuthorized("sophie", List.of(Roles.SUPERVISORS), Permissions.UPDATE, Resources.PROCESS_INSTANCE))
        .isFalse();
    assertThat(authorizations.isUserAuthorized("sophie", List.of(Roles.SUPERVISORS), Permissions.READ, Resources.PROCESS_INSTANCE))
        .isTrue();
  }

  private String instanceOf(String reference) {
    return call("marc", HttpMethod.GET, "/api/complaints/" + reference, null).getBody()
        .replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
  }

  /** The demo agent of the group the complaint's open task waits for. */
  private String candidateOf(Task task) {
    List<String> groups =
        tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    return groups.contains(Roles.FIRST_CONTACT) ? "claire" : "marc";
  }

  @Test
  void agentsWorkTheirTasksThroughFormsButCannotRewriteOrDeleteAComplaintsVariables() {
    String instance = instanceOf(registered("marc"));
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    String agent = candidateOf(task);
    String taskPath = "/engine-rest/task/" + task.getId();

    for (String path : List.of(taskPath + "/variables/subject", taskPath + "/localVariables/subject")) {
      assertThat(call(agent, HttpMethod.PUT, path, Map.of("value", "Rien à signaler", "type", "String")).getStatusCode())
          .as("PUT " + path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(agent, HttpMethod.DELETE, path, null).getStatusCode()).as("DELETE " + path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call(agent, HttpMethod.POST, taskPath + "/variables",
            Map.of("modifications", Map.of("subject", Map.of("value", "x", "type", "String")))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(agent, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/subject",
            Map.of("value", "x", "type", "String")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // what Tasklist does for the agent still works: read the form's variables, claim the task
    assertThat(call(agent, HttpMethod.GET, taskPath + "/form-variables", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(call(agent, HttpMethod.POST, taskPath + "/claim", Map.of("userId", agent)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call(agent, HttpMethod.GET, "/engine-rest/process-instance/" + instance + "/variables/subject", null).getBody())
        .contains("Retard de remboursement");
  }

  @Test
  void anAgentReadsTheVariablesOfItsOwnTasksComplaintsAndNoOtherClient() {
    String instance = instanceOf(registered("marc"));
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    String agent = candidateOf(task);
    String other = agent.equals("claire") ? "marc" : "claire";

    for (String path : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instance,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance)) {
      ResponseEntity<String> mine = call(agent, HttpMethod.GET, path, null);
      ResponseEntity<String> notMine = call(other, HttpMethod.GET, path, null);
      assertThat(notMine.getStatusCode()).as(path).isIn(HttpStatus.OK, HttpStatus.FORBIDDEN);
      assertThat(notMine.getBody()).as(other + " " + path).doesNotContain("Toujours rien reçu").doesNotContain("Lucie Bernard");
      assertThat(call(NOBODY, HttpMethod.GET, path, null).getBody()).as(NOBODY + " " + path).doesNotContain("Lucie Bernard");
      if (path.contains("/history/")) {
        assertThat(mine.getBody()).as("agents read no history: " + path).doesNotContain("Lucie Bernard");
      } else {
        assertThat(mine.getBody()).as(agent + " " + path).contains("Lucie Bernard");
      }
    }
    assertThat(call(other, HttpMethod.GET, "/engine-rest/variable-instance?variableName=description", null).getBody())
        .doesNotContain(instance);
  }

  @Test
  void noVariableTheServerWouldDeserializeNoDeepJsonAndNoHugeBodyReachTheEngine() {
    String instance = instanceOf(registered("marc"));
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    String agent = candidateOf(task);
    String complete = "/engine-rest/task/" + task.getId() + "/complete";

    ResponseEntity<String> object = call(agent, HttpMethod.POST, complete,
        "{\"variables\":{\"x\":{\"type\":\"Object\",\"value\":\"[]\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
            + "\"serializationDataFormat\":\"application/json\"}}}}");
    assertThat(object.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(object.getBody()).contains("type Object are refused");
    ResponseEntity<String> json = call(agent, HttpMethod.POST, complete,
        "{\"variables\":{\"x\":{\"type\":\"Json\",\"value\":\"" + "[".repeat(50_000) + "\"}}}");
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> deep = call(agent, HttpMethod.POST, complete, "{\"variables\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}");
    assertThat(deep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(deep.getBody()).contains("nested deeper").doesNotContain("at org.");
    ResponseEntity<String> huge = call(agent, HttpMethod.POST, complete,
        "{\"variables\":{\"x\":{\"type\":\"String\",\"value\":\"" + "a".repeat(300_000) + "\"}}}");
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isEqualTo(1);
    assertThat(call(agent, HttpMethod.POST, "/engine-rest/task/count", "{\"processInstanceId\":\"" + instance + "\"}").getBody())
        .contains("\"count\":1");
  }

  @Test
  void anotherFirmsComplaintIsA404OnTheEngine() {
    fr.escalade.staff.StaffUsers.almenaOnly(identity);
    String user = fr.escalade.staff.StaffUsers.ALMENA_ONLY;
    Map<String, Object> complaint =
        Map.of(
            "firm", "asekkey", "channel", "POST", "sentOn", "2026-03-02",
            "complainant", Map.of("name", "Lucie Bernard", "postalAddress", "1 rue Haute, 75011 Paris"),
            "subject", "Retard de remboursement", "description", "Toujours rien reçu.");
    ResponseEntity<JsonNode> created = http.withBasicAuth("marc", "marc").postForEntity("/api/complaints", complaint, JsonNode.class);
    String instance = instanceOf(created.getBody().get("reference").asText());

    for (String path : List.of("/engine-rest/process-instance/" + instance, "/engine-rest/process-instance/" + instance + "/variables",
        "/engine-rest/process-instance/" + instance + "/variables/subject", "/engine-rest/process-instance/" + instance + "/activity-instances")) {
      ResponseEntity<String> answer = call(user, HttpMethod.GET, path, null);
      assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).as(path).doesNotContain("Lucie").doesNotContain("tenant").doesNotContain("at org.");
    }
  }
}
