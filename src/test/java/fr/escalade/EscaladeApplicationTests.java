package fr.escalade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.correspondence.LetterDelivery;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole application on a real port: a complaint registered through {@code /api} is worked by
 * each role through the engine's REST API, as Tasklist does, down to the mediator.
 */
@EscaladeSpringTest
class EscaladeApplicationTests {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired LetterDelivery delivery;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 9, 30);

  @AfterEach
  void clearAuthentication() {
    identity.clearAuthentication();
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user);
  }

  private JsonNode onlyTaskOf(String user, String reference) {
    JsonNode tasks =
        as(user).getForObject("/engine-rest/task?processInstanceBusinessKey={key}&withCandidateGroups=true", JsonNode.class, reference);
    assertThat(tasks).as("tasks %s sees", user).hasSize(1);
    return tasks.get(0);
  }

  private void complete(String user, JsonNode task, Map<String, Object> values) {
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> response =
        as(user).postForEntity("/engine-rest/task/{id}/complete", Map.of("variables", variables), String.class, task.get("id").asText());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aComplaintRegisteredThroughTheApiIsWorkedByEachRoleUpToTheMediator() {
    Map<String, Object> complaint =
        Map.of(
            "firm", "asekkey",
            "channel", "WEB",
            "sentOn", "2026-03-02",
            "complainant", Map.of("name", "Paul Lefèvre", "email", "paul@example.fr", "isClient", true),
            "subject", "Résiliation non prise en compte",
            "description", "J'ai résilié mon contrat en janvier et je suis toujours prélevé.");
    ResponseEntity<JsonNode> created = as("claire").postForEntity("/api/complaints", complaint, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = created.getBody().get("reference").asText();
    assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/complaints/" + reference);

    // first contact: claire sees it, marc does not
    JsonNode qualify = onlyTaskOf("claire", reference);
    assertThat(qualify.get("name").asText()).isEqualTo("Qualifier le message du client – " + reference + " – Paul Lefèvre");
    assertThat(as("marc").getForObject("/engine-rest/task?processInstanceBusinessKey={key}", JsonNode.class, reference)).isEmpty();
    ResponseEntity<String> refused =
        as("claire").postForEntity("/engine-rest/task/{id}/complete", Map.of("variables", Map.of()), String.class, qualify.get("id").asText());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Qualification du message");

    complete("claire", qualify, Map.of("qualification", "COMPLAINT"));
    complete("claire", onlyTaskOf("claire", reference), Map.of("firstContactResult", "ESCALATE"));

    // complaints service
    complete("marc", onlyTaskOf("marc", reference), Map.of("reviewDecision", "ACKNOWLEDGE"));
    complete(
        "marc",
        onlyTaskOf("marc", reference),
        Map.of("answerStatus", "READY", "outcome", "UNFAVOURABLE", "category", "TERMINATION", "amountAtStake", 240,
            "answerText", "La résiliation n'a pas été reçue dans les délais prévus au contrat."));

    // supervisor
    JsonNode approval = onlyTaskOf("sophie", reference);
    assertThat(approval.get("name").asText()).isEqualTo("Valider la réponse – " + reference + " – Paul Lefèvre");
    complete("sophie", approval, Map.of("approvalDecision", "APPROVE"));

    JsonNode written = as("marc").getForObject("/api/complaints/{reference}", JsonNode.class, reference);
    assertThat(written.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(written.path("answerSentOn").asText(null)).as("the register dates the answer when it leaves").isNull();
    delivery.leave(reference);

    JsonNode answered = as("marc").getForObject("/api/complaints/{reference}", JsonNode.class, reference);
    assertThat(answered.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(answered.get("acknowledgementSentOn").asText()).isEqualTo("2026-03-02");
    assertThat(answered.get("answerSentOn").asText()).isEqualTo("2026-03-02");
    assertThat(answered.get("outcome").asText()).isEqualTo("UNFAVOURABLE");
    assertThat(answered.get("correspondence").findValuesAsText("type"))
        .containsExactly("SUBMISSION_COPY", "ACKNOWLEDGEMENT", "ANSWER");
    assertThat(answered.get("correspondence").get(2).get("recipient").asText()).isEqualTo("paul@example.fr");
    assertThat(answered.get("correspondence").get(2).get("body").asText()).contains("le.mediateur@mediation-assurance.org");

    // the mediator's side, through the API
    assertThat(as("marc").postForEntity("/api/complaints/{r}/mediator-proposal", Map.of("proposedOn", "2026-03-02", "proposal", "x"), String.class, reference)
            .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    clock.setParisTime(2026, 5, 4, 9, 0);
    assertThat(as("marc").postForEntity("/api/complaints/{r}/mediator-referral", Map.of("receivedOn", "2026-05-04"), String.class, reference)
            .getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    complete("marc", onlyTaskOf("marc", reference), Map.of("mediatorFileSummary", "Courrier de résiliation reçu le 20 février."));
    assertThat(as("marc").postForEntity("/api/complaints/{r}/mediator-proposal",
                Map.of("proposedOn", "2026-05-04", "proposal", "Rembourser les prélèvements depuis février."), String.class, reference)
            .getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    complete("marc", onlyTaskOf("marc", reference), Map.of("proposalDecision", "ACCEPT", "proposalResponse", "Remboursement effectué."));

    JsonNode closed = as("marc").getForObject("/api/complaints/{reference}", JsonNode.class, reference);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("currentLevel").asInt()).isEqualTo(3);
    assertThat(closed.get("mediation").get("admissible").asBoolean()).isTrue();
    assertThat(closed.get("correspondence").findValuesAsText("type"))
        .containsExactly(
            "SUBMISSION_COPY", "ACKNOWLEDGEMENT", "ANSWER", "MEDIATOR_FILE", "PROPOSAL_RESPONSE", "MEDIATION_OUTCOME");
  }

  @Test
  void theFormsAreDeployedWithTheProcess() {
    String deployment =
        repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").latestVersion().singleResult().getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deployment).stream().map(name -> name.replace('\\', '/')))
        .anySatisfy(name -> assertThat(name).endsWith("processes/complaint-handling.bpmn"))
        .map(name -> name.substring(name.lastIndexOf("/", name.lastIndexOf("/") - 1) + 1))
        .contains("forms/qualify-message.form", "forms/settle-amicably.form", "forms/review-complaint.form",
            "forms/draft-answer.form", "forms/approve-answer.form", "forms/prepare-mediator-file.form",
            "forms/respond-to-proposal.form", "processes/answer-approval.dmn");
  }

  @Test
  void eachRoleSeesItsOwnTasklistFiltersAndSupervisorsAlsoTheOverdueTasks() {
    assertThat(filterNamesOf("claire", "firstContact")).containsExactlyInAnyOrder("Mes tâches", "Premier contact");
    assertThat(filterNamesOf("marc", "complaintsService")).containsExactlyInAnyOrder("Mes tâches", "Service réclamations");
    assertThat(filterNamesOf("sophie", "supervisors")).containsExactlyInAnyOrder("Mes tâches", "Supervision", "Tâches en retard");
  }

  private List<String> filterNamesOf(String user, String group) {
    identity.setAuthentication(user, List.of(group));
    try {
      return filters.createFilterQuery().list().stream().map(filter -> filter.getName()).toList();
    } finally {
      identity.clearAuthentication();
    }
  }
}
