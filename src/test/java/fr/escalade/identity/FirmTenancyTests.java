package fr.escalade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Firms kept apart: a member of staff of one firm sees nothing of another firm's complaints, in the
 * engine (Tasklist's task query, process instances, history) as in Escalade's API and pages; an
 * administrator sees both. One user belongs to Asekkey directly, the other to Almena through a group.
 */
@EscaladeSpringTest
class FirmTenancyTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 9, 30);

  static final String ASEKKEY_AGENT = "tenancyAsekkey";
  static final String ALMENA_AGENT = "tenancyAlmena";
  static final String ALMENA_TEAM = "tenancyAlmenaTeam";

  @Autowired TestRestTemplate http;
  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  String asekkeyComplaint;
  String almenaComplaint;

  @BeforeEach
  void twoFirmsEachWithAComplaint() {
    staff(ASEKKEY_AGENT);
    if (identity.createTenantQuery().tenantId("asekkey").userMember(ASEKKEY_AGENT).count() == 0) {
      identity.createTenantUserMembership("asekkey", ASEKKEY_AGENT);
    }
    staff(ALMENA_AGENT);
    if (identity.createGroupQuery().groupId(ALMENA_TEAM).count() == 0) {
      Group team = identity.newGroup(ALMENA_TEAM);
      team.setName("Équipe Almena");
      identity.saveGroup(team);
      identity.createMembership(ALMENA_AGENT, ALMENA_TEAM);
      identity.createTenantGroupMembership("almena", ALMENA_TEAM);
    }
    asekkeyComplaint = register(ASEKKEY_AGENT, "asekkey", "Anne Asekkey");
    almenaComplaint = register(ALMENA_AGENT, "almena", "Alain Almena");
  }

  /** A member of every working group, so that only the firm can hide anything from them. */
  private void staff(String id) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setPassword(id);
    user.setEmail(id + "@escalade.test");
    identity.saveUser(user);
    for (String group : Roles.GROUP_NAMES.keySet()) {
      identity.createMembership(id, group);
    }
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }

  private String register(String user, String firm, String name) {
    ResponseEntity<JsonNode> created = as(user).postForEntity("/api/complaints", complaint(firm, name), JsonNode.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("reference").asText();
  }

  private static Map<String, Object> complaint(String firm, String name) {
    return Map.of(
        "firm", firm,
        "channel", "WEB",
        "sentOn", "2026-03-02",
        "complainant", Map.of("name", name, "email", "client@example.fr", "isClient", true),
        "subject", "Remboursement",
        "description", "Mon remboursement n'est pas arrivé.");
  }

  private JsonNode json(String user, String path, Object... parameters) {
    ResponseEntity<JsonNode> response = as(user).getForEntity(path, JsonNode.class, parameters);
    assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private HttpStatus statusOf(String user, String path, Object... parameters) {
    return HttpStatus.valueOf(as(user).getForEntity(path, String.class, parameters).getStatusCode().value());
  }

  @Test
  void eachInstanceTaskAndHistoryIsInItsFirmsTenant() {
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(asekkeyComplaint).singleResult().getTenantId())
        .isEqualTo("asekkey");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(almenaComplaint).singleResult().getTenantId())
        .isEqualTo("almena");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(almenaComplaint).list())
        .isNotEmpty()
        .allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo("almena"));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(almenaComplaint).singleResult().getTenantId())
        .isEqualTo("almena");
  }

  @Test
  void tasklistCockpitAndTheEngineRestShowOnlyTheUsersFirm() {
    for (String path : List.of(
        "/engine-rest/task?processInstanceBusinessKey={key}",
        "/engine-rest/process-instance?businessKey={key}",
        "/engine-rest/history/process-instance?processInstanceBusinessKey={key}")) {
      assertThat(json(ASEKKEY_AGENT, path, asekkeyComplaint)).as("%s, own firm", path).isNotEmpty();
      assertThat(json(ALMENA_AGENT, path, asekkeyComplaint)).as("%s, other firm", path).isEmpty();
      assertThat(json(ALMENA_AGENT, path, almenaComplaint)).as("%s, own firm through a group", path).isNotEmpty();
      assertThat(json(ASEKKEY_AGENT, path, almenaComplaint)).as("%s, other firm", path).isEmpty();
      assertThat(json("demo", path, asekkeyComplaint)).as("%s, administrator", path).isNotEmpty();
      assertThat(json("demo", path, almenaComplaint)).as("%s, administrator", path).isNotEmpty();
    }
    assertThat(json(ALMENA_AGENT, "/engine-rest/task?withCandidateGroups=true").findValuesAsText("tenantId")).containsOnly("almena");
  }

  @Test
  void theRegisterListsAndExportsOnlyTheUsersFirms() {
    JsonNode mine = json(ALMENA_AGENT, "/api/complaints?size=200&sentFrom=2026-03-02&sentTo=2026-03-02");
    assertThat(mine.get("items").findValuesAsText("firm")).isNotEmpty().containsOnly("almena");
    assertThat(mine.get("items").findValuesAsText("reference")).contains(almenaComplaint).doesNotContain(asekkeyComplaint);
    assertThat(json("demo", "/api/complaints?size=200&sentFrom=2026-03-02&sentTo=2026-03-02").get("items").findValuesAsText("reference"))
        .contains(almenaComplaint, asekkeyComplaint);

    assertThat(statusOf(ALMENA_AGENT, "/api/complaints?firm=asekkey")).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> refused = as(ALMENA_AGENT).getForEntity("/api/register.csv?firm=asekkey", String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("'firm'", "asekkey").doesNotContain(asekkeyComplaint);

    String csv = as(ALMENA_AGENT).getForObject("/api/register.csv?sentFrom=2026-03-02&sentTo=2026-03-02", String.class);
    assertThat(csv).contains(almenaComplaint).doesNotContain(asekkeyComplaint).doesNotContain("Anne Asekkey");
    assertThat(as("demo").getForObject("/api/register.csv?sentFrom=2026-03-02&sentTo=2026-03-02", String.class))
        .contains(almenaComplaint, asekkeyComplaint);
  }

  @Test
  void aComplaintOfAnotherFirmIsNotFoundByItsReference() {
    assertThat(json(ASEKKEY_AGENT, "/api/complaints/{r}", asekkeyComplaint).get("reference").asText()).isEqualTo(asekkeyComplaint);
    ResponseEntity<JsonNode> hidden = as(ALMENA_AGENT).getForEntity("/api/complaints/{r}", JsonNode.class, asekkeyComplaint);
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> unknown = as(ALMENA_AGENT).getForEntity("/api/complaints/REC-1999-999999", JsonNode.class);
    assertThat(hidden.getBody().get("detail").asText())
        .as("the same answer as a reference that does not exist")
        .isEqualTo(unknown.getBody().get("detail").asText().replace("REC-1999-999999", asekkeyComplaint));

    assertThat(json(ASEKKEY_AGENT, "/api/complaints/{r}/correspondence", asekkeyComplaint)).isNotEmpty();
    assertThat(statusOf(ALMENA_AGENT, "/api/complaints/{r}/correspondence", asekkeyComplaint)).isEqualTo(HttpStatus.NOT_FOUND);
    long letter = json(ASEKKEY_AGENT, "/api/complaints/{r}/correspondence", asekkeyComplaint).get(0).get("id").asLong();
    assertThat(statusOf(ALMENA_AGENT, "/api/complaints/{r}/correspondence/{id}", asekkeyComplaint, letter)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(statusOf(ALMENA_AGENT, "/api/complaints/{r}/correspondence/{id}/pdf", asekkeyComplaint, letter)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(statusOf(ALMENA_AGENT, "/api/complaints/{r}/dysfunctions", asekkeyComplaint)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(statusOf("demo", "/api/complaints/{r}", almenaComplaint)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void nothingIsDoneToAnotherFirmsComplaint() {
    ResponseEntity<String> dysfunction =
        as(ALMENA_AGENT).postForEntity("/api/complaints/{r}/dysfunctions",
            Map.of("category", "PROCESSING_DELAY", "description", "Courrier égaré."), String.class, asekkeyComplaint);
    assertThat(dysfunction.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json("demo", "/api/complaints/{r}/dysfunctions", asekkeyComplaint)).isEmpty();

    assertThat(as(ALMENA_AGENT).postForEntity("/api/complaints/{r}/mediator-referral", Map.of("receivedOn", "2026-03-02"),
            String.class, asekkeyComplaint).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    long before = json("demo", "/api/complaints?firm=asekkey&size=1").get("totalElements").asLong();
    ResponseEntity<JsonNode> refused = as(ALMENA_AGENT).postForEntity("/api/complaints", complaint("asekkey", "Intrus"), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("detail").asText()).contains("'firm'", ALMENA_AGENT, "asekkey");
    assertThat(json("demo", "/api/complaints?firm=asekkey&size=1").get("totalElements").asLong()).isEqualTo(before);
  }

  @Test
  void lettersToPrintOrRetryAreThoseOfTheUsersFirms() {
    JsonNode pending = json(ALMENA_AGENT, "/api/letters?status=PENDING");
    assertThat(pending.findValuesAsText("complaintReference")).contains(almenaComplaint).doesNotContain(asekkeyComplaint);
    assertThat(json("demo", "/api/letters?status=PENDING").findValuesAsText("complaintReference"))
        .contains(almenaComplaint, asekkeyComplaint);
  }

  @Test
  void theKpisCountOnlyTheUsersFirms() {
    String period = "from=2026-03-01&to=2026-03-31";
    long almenaOnly = json("demo", "/api/reports/kpis?firm=almena&" + period).get("received").asLong();
    long everyFirm = json("demo", "/api/reports/kpis?" + period).get("received").asLong();
    assertThat(everyFirm).isGreaterThan(almenaOnly);
    assertThat(json(ALMENA_AGENT, "/api/reports/kpis?" + period).get("received").asLong()).isEqualTo(almenaOnly);
    assertThat(statusOf(ALMENA_AGENT, "/api/reports/kpis?firm=asekkey&" + period)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theSupervisorsPagesShowOnlyTheUsersFirms() throws Exception {
    var almenaSupervisor = user(ALMENA_AGENT).authorities(() -> Roles.SUPERVISORS);
    String csv =
        mvc.perform(get("/rapports/registre.csv?from=2026-03-01&to=2026-03-31").with(almenaSupervisor))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(csv).contains(almenaComplaint).doesNotContain(asekkeyComplaint);
    mvc.perform(get("/rapports?firm=asekkey").with(almenaSupervisor)).andExpect(status().isForbidden());
    mvc.perform(get("/rapports/registre.csv?firm=asekkey").with(almenaSupervisor)).andExpect(status().isForbidden());
    mvc.perform(get("/rapports/actions?firm=asekkey").with(almenaSupervisor)).andExpect(status().isForbidden());
    String page =
        mvc.perform(get("/rapports").with(almenaSupervisor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Almena").doesNotContain("Asekkey");
  }
}
