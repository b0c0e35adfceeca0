package fr.escalade.improvement;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Staff record the dysfunctions complaints reveal; supervisors plan corrective actions and see them through. */
@EscaladeSpringTest
class CorrectiveActionTests {

  @Autowired ComplaintIntake intake;
  @Autowired TestRestTemplate http;
  @Autowired CorrectiveActionRepository actions;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 7, 9, 0);

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, user).postForEntity(path, body, JsonNode.class);
  }

  private long recordDysfunction(Complaint complaint, String category, String description) {
    ResponseEntity<JsonNode> recorded =
        post("marc", "/api/complaints/" + complaint.getReference() + "/dysfunctions",
            Map.of("category", category, "description", description));
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getBody().get("recordedBy").asText()).isEqualTo("marc");
    assertThat(recorded.getBody().get("foundOn").asText()).isEqualTo("2026-09-07");
    return recorded.getBody().get("id").asLong();
  }

  @Test
  void aCorrectiveActionIsPlannedAgainstDysfunctionsAndFollowedToCompletion() {
    Complaint first = intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 9, 1)).build());
    Complaint second = intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 9, 2)).build());
    long late = recordDysfunction(first, "PROCESSING_DELAY", "Dossier resté 3 semaines sans affectation.");
    long lateAgain = recordDysfunction(second, "PROCESSING_DELAY", "Courrier scanné mais jamais indexé.");

    ResponseEntity<JsonNode> planned =
        post("sophie", "/api/corrective-actions",
            Map.of("firm", "asekkey", "title", "Affecter chaque courrier le jour de sa réception", "owner", "Responsable du courrier",
                "dueOn", "2026-10-31", "dysfunctionIds", List.of(late)));
    assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = planned.getBody().get("id").asLong();
    assertThat(planned.getBody().get("status").asText()).isEqualTo("PLANNED");
    assertThat(planned.getBody().get("dysfunctions").findValuesAsText("complaintReference")).containsExactly(first.getReference());

    post("sophie", "/api/corrective-actions/" + id + "/dysfunctions", Map.of("dysfunctionIds", List.of(lateAgain)));
    post("sophie", "/api/corrective-actions/" + id + "/progress", Map.of("status", "IN_PROGRESS", "note", "Procédure rédigée."));
    ResponseEntity<JsonNode> doneWithoutNote =
        post("sophie", "/api/corrective-actions/" + id + "/progress", Map.of("status", "DONE"));
    assertThat(doneWithoutNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(doneWithoutNote.getBody().get("errors").findValuesAsText("field")).containsExactly("note");

    clock.setParisTime(2026, 10, 20, 9, 0);
    ResponseEntity<JsonNode> done =
        post("sophie", "/api/corrective-actions/" + id + "/progress",
            Map.of("status", "DONE", "note", "Affectation quotidienne en place ; contrôlée sur octobre."));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody().get("completedOn").asText()).isEqualTo("2026-10-20");
    assertThat(done.getBody().get("dysfunctions").findValuesAsText("complaintReference"))
        .containsExactly(first.getReference(), second.getReference());
    assertThat(post("sophie", "/api/corrective-actions/" + id + "/progress", Map.of("status", "IN_PROGRESS")).getStatusCode())
        .as("a finished action is not reopened")
        .isEqualTo(HttpStatus.CONFLICT);

    JsonNode dysfunctions =
        http.withBasicAuth("marc", "marc").getForObject("/api/complaints/" + first.getReference() + "/dysfunctions", JsonNode.class);
    assertThat(dysfunctions.findValuesAsText("categoryLabel")).containsExactly("Délai de traitement");
    assertThat(dysfunctions.get(0).get("correctiveActionIds").get(0).asLong()).isEqualTo(id);

    String csv = http.withBasicAuth("sophie", "sophie").getForObject("/api/register.csv?format=standard&q=" + first.getReference(), String.class);
    assertThat(csv.lines().toList().get(0)).endsWith(",dysfunctions,corrective_actions,correspondence");
    assertThat(csv)
        .contains("PROCESSING_DELAY (2026-09-07): Dossier resté 3 semaines sans affectation.")
        .contains("#" + id + " Affecter chaque courrier le jour de sa réception [DONE, Responsable du courrier, due 2026-10-31, ended 2026-10-20]");
  }

  @Test
  void overdueActionsAreThoseStillOpenAfterTheirDueDate() {
    Complaint complaint = intake.register(aComplaint().of("almena").sentAndReceivedOn(LocalDate.of(2026, 9, 1)).build());
    long dysfunction = recordDysfunction(complaint, "BILLING_ERROR", "Prélèvement en double.");
    long id =
        post("sophie", "/api/corrective-actions",
            Map.of("firm", "almena", "title", "Contrôler les prélèvements avant envoi", "owner", "Comptabilité",
                "dueOn", "2026-09-30", "dysfunctionIds", List.of(dysfunction)))
            .getBody().get("id").asLong();

    clock.setParisTime(2026, 10, 2, 9, 0);
    JsonNode overdue =
        http.withBasicAuth("sophie", "sophie").getForObject("/api/corrective-actions?firm=almena&overdue=true", JsonNode.class);
    assertThat(overdue.findValuesAsText("id")).contains(String.valueOf(id));
    assertThat(overdue.findValues("overdue")).allMatch(JsonNode::asBoolean);
  }

  @Test
  void onlySupervisorsPlanActionsAndBadPlansAreNamedFieldByField() {
    Complaint complaint = intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 9, 1)).build());
    long dysfunction = recordDysfunction(complaint, "OTHER", "Divers.");

    ResponseEntity<JsonNode> byAgent =
        post("marc", "/api/corrective-actions",
            Map.of("firm", "asekkey", "title", "Former l'équipe", "owner", "Marc", "dueOn", "2026-12-01"));
    assertThat(byAgent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byAgent.getBody().get("detail").asText()).contains("supervisors");

    ResponseEntity<JsonNode> incomplete = post("sophie", "/api/corrective-actions", Map.of("firm", "asekkey", "dueOn", "2026-12-01"));
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(incomplete.getBody().get("errors").findValuesAsText("field")).containsExactly("owner", "title");

    ResponseEntity<JsonNode> otherFirm =
        post("sophie", "/api/corrective-actions",
            Map.of("firm", "almena", "title", "Former l'équipe", "owner", "Direction", "dueOn", "2026-12-01",
                "dysfunctionIds", List.of(dysfunction, 999_999)));
    assertThat(otherFirm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherFirm.getBody().get("errors").findValuesAsText("message")).singleElement().asString().contains("999999");

    ResponseEntity<JsonNode> past =
        post("sophie", "/api/corrective-actions",
            Map.of("firm", "asekkey", "title", "Former l'équipe", "owner", "Direction", "dueOn", "2026-01-01"));
    assertThat(past.getBody().get("errors").findValuesAsText("field")).containsExactly("dueOn");

    for (String farAway : List.of("+999999999-12-31", "2099-01-01")) {
      long before = actions.count();
      ResponseEntity<JsonNode> tooFar =
          post("sophie", "/api/corrective-actions",
              Map.of("firm", "asekkey", "title", "Former l'équipe", "owner", "Direction", "dueOn", farAway));
      assertThat(tooFar.getStatusCode()).as(farAway).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(tooFar.getBody().get("errors").findValuesAsText("message")).as(farAway).singleElement().asString().contains("years ahead");
      assertThat(actions.count()).isEqualTo(before);
    }

    java.util.List<Object> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    ResponseEntity<JsonNode> nullId =
        post("sophie", "/api/corrective-actions",
            Map.of("firm", "asekkey", "title", "Former l'équipe", "owner", "Direction", "dueOn", "2026-12-01", "dysfunctionIds", withNull));
    assertThat(nullId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nullId.getBody().get("errors").findValuesAsText("field")).singleElement().asString().startsWith("dysfunctionIds");

    assertThat(http.withBasicAuth("sophie", "sophie").getForEntity("/api/corrective-actions/424242", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> badCategory =
        post("marc", "/api/complaints/" + complaint.getReference() + "/dysfunctions", Map.of("category", "GREMLINS", "description", "x"));
    assertThat(badCategory.getBody().get("errors").findValuesAsText("field")).containsExactly("category");
  }
}
