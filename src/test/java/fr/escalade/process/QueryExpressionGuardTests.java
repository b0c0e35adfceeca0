package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.EscaladeSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No signed-in user runs code on the server through a task query or a filter, whichever role and
 * whichever API: the probe's payload, nested in or-queries, stored in a filter, or extending one,
 * is a 400 and the file it would create never appears. The expressions Tasklist's filters need still
 * work.
 */
@EscaladeSpringTest
class QueryExpressionGuardTests {

  /** A user in no working group and no firm: signed in, nothing more. */
  static final String NOBODY = "queryProbeNobody";
  static final List<String> EVERY_ROLE = List.of("demo", "claire", "marc", "sophie", NOBODY);

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;

  @TempDir Path directory;
  Path proof;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void userInNoGroup() {
    proof = directory.resolve("pwned");
    if (identity.createUserQuery().userId(NOBODY).count() == 0) {
      User user = identity.newUser(NOBODY);
      user.setPassword(NOBODY + "-Secret1");
      identity.saveUser(user);
    }
  }

  @AfterEach
  void removeProbeFilters() {
    for (Filter filter : filters.createFilterQuery().filterNameLike("probe%").list()) {
      filters.deleteFilter(filter.getId());
    }
  }

  /** The probe's payload: Runtime.exec reached by reflection from JUEL. */
  private String payload() {
    return "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"touch " + proof + "\")}";
  }

  private String orQuery(String field, String expression) throws Exception {
    return "{\"orQueries\":[{\"" + field + "\":" + json.writeValueAsString(expression) + "}]}";
  }

  @Test
  void aNestedExpressionIsRefusedOnEngineRestForEveryRole() throws Exception {
    for (String user : EVERY_ROLE) {
      for (String path : List.of("/engine-rest/task/count", "/engine-rest/task", "/engine-rest/task?firstResult=0&maxResults=5")) {
        HttpResponse<String> refused = basic(user, "POST", path, orQuery("assigneeExpression", payload()));
        assertThat(refused.statusCode()).as(user + " " + path + " " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).as(user).contains("Expression refusée").doesNotContain("at org.");
      }
      HttpResponse<String> topLevel =
          basic(user, "POST", "/engine-rest/task/count", "{\"dueBeforeExpression\":" + json.writeValueAsString(payload()) + "}");
      assertThat(topLevel.statusCode()).as(user).isEqualTo(400);
    }
    assertThat(proof).doesNotExist();
  }

  @Test
  void everyExpressionFieldIsChecked() throws Exception {
    for (String field : List.of("assigneeExpression", "ownerExpression", "candidateUserExpression", "involvedUserExpression",
        "candidateGroupsExpression", "candidateGroupExpression", "dueBeforeExpression", "dueAfterExpression", "followUpBeforeExpression",
        "createdBeforeExpression", "processInstanceBusinessKeyLikeExpression", "assigneeLikeExpression",
        "followUpBeforeOrNotExistentExpression", "updatedAfterExpression")) {
      HttpResponse<String> refused = basic("claire", "POST", "/engine-rest/task/count", orQuery(field, payload()));
      assertThat(refused.statusCode()).as(field + " " + refused.body()).isEqualTo(400);
    }
    assertThat(proof).doesNotExist();
  }

  @Test
  void aStoredFilterWithTheExpressionIsRefusedForEveryRoleAndAnExtendingQueryToo() throws Exception {
    String hostile = "{\"resourceType\":\"Task\",\"name\":\"probe-hostile\",\"query\":{\"assigneeExpression\":"
        + json.writeValueAsString(payload()) + "}}";
    String nested = "{\"resourceType\":\"Task\",\"name\":\"probe-nested\",\"query\":" + orQuery("assigneeExpression", payload()) + "}";
    for (String user : EVERY_ROLE) {
      for (String body : List.of(hostile, nested)) {
        HttpResponse<String> refused = basic(user, "POST", "/engine-rest/filter/create", body);
        assertThat(refused.statusCode()).as(user + " " + refused.body()).isIn(400, 403);
      }
    }
    assertThat(filters.createFilterQuery().filterNameLike("probe%").count()).isZero();

    // an administrator's harmless filter, then the payload sent to extend it
    HttpResponse<String> created =
        basic("demo", "POST", "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"probe-mine\",\"query\":" + orQuery("assigneeExpression", "${currentUser()}") + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String id = json.readTree(created.body()).get("id").asText();
    for (String path : List.of("/engine-rest/filter/" + id + "/count", "/engine-rest/filter/" + id + "/list")) {
      HttpResponse<String> extended = basic("demo", "POST", path, orQuery("assigneeExpression", payload()));
      assertThat(extended.statusCode()).as(path + " " + extended.body()).isEqualTo(400);
    }
    HttpResponse<String> changed =
        basic("demo", "PUT", "/engine-rest/filter/" + id,
            "{\"resourceType\":\"Task\",\"name\":\"probe-mine\",\"query\":" + orQuery("dueBeforeExpression", payload()) + "}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
    assertThat(proof).doesNotExist();

    HttpResponse<String> count = basic("demo", "GET", "/engine-rest/filter/" + id + "/count", null);
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
  }

  @Test
  void theExpressionsOfTasklistFiltersStillWork() throws Exception {
    HttpResponse<String> count =
        basic("claire", "POST", "/engine-rest/task/count",
            "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"},{\"candidateGroupsExpression\":\"${currentUserGroups()}\"},"
                + "{\"dueBeforeExpression\":\"${dateTime().plusDays(2).withTimeAtStartOfDay()}\"}]}");
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);

    // the filters created at start-up, which hold ${currentUser()} and ${now()}
    for (Filter filter : filters.createFilterQuery().list()) {
      HttpResponse<String> filterCount = basic("sophie", "GET", "/engine-rest/filter/" + filter.getId() + "/count", null);
      assertThat(filterCount.statusCode()).as(filter.getName() + " " + filterCount.body()).isIn(200, 403);
    }
  }

  @Test
  void aNestedExpressionIsRefusedOnTheWebappsApiFromAnAgentsBrowserSession() throws Exception {
    for (String user : List.of("claire", "sophie")) {
      WebappSession browser = WebappSession.signedIn(port, user, "tasklist");

      HttpResponse<String> refused =
          browser.postJson("/camunda/api/engine/engine/default/task/count", orQuery("assigneeExpression", payload()));

      assertThat(refused.statusCode()).as(user + " " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("Expression refusée");
    }
    assertThat(proof).doesNotExist();
  }

  @Test
  void cockpitsPluginApiIsForThoseWhoMayOpenCockpit() throws Exception {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    HttpResponse<String> agent = WebappSession.signedIn(port, "claire", "tasklist").get(statistics);
    assertThat(agent.statusCode()).as(agent.body()).isEqualTo(403);
    HttpResponse<String> supervisor = WebappSession.signedIn(port, "sophie", "cockpit").get(statistics);
    assertThat(supervisor.statusCode()).as(supervisor.body()).isEqualTo(200);
  }

  private HttpResponse<String> basic(String user, String method, String path, String body) throws Exception {
    String password = user.equals(NOBODY) ? NOBODY + "-Secret1" : user;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

}
