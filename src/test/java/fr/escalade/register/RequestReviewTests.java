package fr.escalade.register;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessVariables.QUALIFICATION;
import static fr.escalade.process.ProcessVariables.QUALIFICATION_NOTE;
import static fr.escalade.process.ProcessVariables.REQUEST_REPLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.complaint.Qualification;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Supervisors review the messages qualified as simple requests: why, by whom and when, in the list and the CSV. */
@EscaladeSpringTest
class RequestReviewTests {

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRepository complaints;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 10, 1, 11, 0);

  private final String family = "Revue" + UUID.randomUUID().toString().substring(0, 8);

  private Complaint register(String firstName) {
    return intake.register(
        aComplaint().of("asekkey").sentOn(LocalDate.of(2026, 9, 29)).from(firstName + " " + family, "client@example.fr", null)
            .build());
  }

  /** Completes the qualification as {@code user} logged in, as Tasklist does. */
  private void qualify(Complaint complaint, String user, Map<String, Object> answer) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(complaint.getReference()).singleResult();
    identity.setAuthentication(user, List.of("firstContact"), List.of("asekkey"));
    try {
      tasks.complete(task.getId(), answer);
    } finally {
      identity.clearAuthentication();
    }
  }

  private JsonNode list(String query) {
    return http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints?q=" + family + query, JsonNode.class);
  }

  @Test
  void aQualificationIsRecordedWithItsNoteWhoAndWhenForARequestAsForAComplaint() {
    Complaint request = register("Albane");
    Complaint complaint = register("Basile");

    qualify(request, "claire", Map.of(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande d'attestation d'assurance.", REQUEST_REPLY, "Attestation jointe."));
    qualify(complaint, "claire", Map.of(QUALIFICATION, "COMPLAINT"));

    Complaint qualifiedRequest = complaints.findByReference(request.getReference()).orElseThrow();
    assertThat(qualifiedRequest.getQualifiedAs()).isEqualTo(Qualification.REQUEST);
    assertThat(qualifiedRequest.getQualificationNote()).isEqualTo("Demande d'attestation d'assurance.");
    assertThat(qualifiedRequest.getQualifiedBy()).isEqualTo("claire");
    assertThat(qualifiedRequest.getQualifiedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    Complaint qualifiedComplaint = complaints.findByReference(complaint.getReference()).orElseThrow();
    assertThat(qualifiedComplaint.getQualifiedAs()).isEqualTo(Qualification.COMPLAINT);
    assertThat(qualifiedComplaint.getQualificationNote()).isNull();
    assertThat(qualifiedComplaint.getQualifiedBy()).isEqualTo("claire");

    JsonNode view =
        http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints/" + request.getReference(), JsonNode.class);
    assertThat(view.get("qualification").get("as").asText()).isEqualTo("REQUEST");
    assertThat(view.get("qualification").get("note").asText()).isEqualTo("Demande d'attestation d'assurance.");
    assertThat(view.get("qualification").get("by").asText()).isEqualTo("claire");
    assertThat(view.get("qualification").get("on").asText()).isEqualTo("2026-10-01");
  }

  @Test
  void supervisorsListAndExportOnlyTheRequestsWithWhoQualifiedThem() {
    Complaint request = register("Céleste");
    Complaint complaint = register("Damien");
    Complaint notYet = register("Eugène");
    qualify(request, "claire", Map.of(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande de relevé d'information.", REQUEST_REPLY, "Relevé joint."));
    qualify(complaint, "demo", Map.of(QUALIFICATION, "COMPLAINT"));

    JsonNode requests = list("&qualifiedAs=REQUEST");
    assertThat(requests.get("items").findValuesAsText("reference")).containsExactly(request.getReference());
    JsonNode row = requests.get("items").get(0);
    assertThat(row.get("qualifiedAs").asText()).isEqualTo("REQUEST");
    assertThat(row.get("qualifiedBy").asText()).isEqualTo("claire");
    assertThat(row.get("qualifiedOn").asText()).isEqualTo("2026-10-01");
    assertThat(row.get("qualificationNote").asText()).isEqualTo("Demande de relevé d'information.");
    assertThat(list("&qualifiedAs=COMPLAINT").get("items").findValuesAsText("reference"))
        .containsExactly(complaint.getReference());
    assertThat(list("").get("items").findValuesAsText("reference")).contains(notYet.getReference());

    ResponseEntity<String> csv =
        http.withBasicAuth("sophie", "sophie").getForEntity("/api/register.csv?format=standard&qualifiedAs=REQUEST&q=" + family, String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0)).contains("qualified_as,qualification_note,qualified_by,qualified_on");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith(request.getReference() + ",")
        .contains(",REQUEST,Demande de relevé d'information.,claire,2026-10-01,");
  }

  @Test
  void anUnknownQualificationIsABadRequestNamingTheField() {
    ResponseEntity<JsonNode> answer =
        http.withBasicAuth("sophie", "sophie").getForEntity("/api/complaints?qualifiedAs=MAYBE", JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().toString()).contains("qualifiedAs");
  }
}
