package fr.escalade.mediation;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Mediation;
import fr.escalade.complaint.MediationEnding;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The mediator's side of a complaint before the mediator, through the API: each message of the
 * mediation stage, its bad inputs (a 400 naming the field, nothing recorded), a 409 when the stage
 * does not wait for it, and who may send it.
 */
@EscaladeSpringTest
class MediationStageApiTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 5, 11, 10, 0);

  @Autowired TestRestTemplate http;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  /** A complaint whose referral the firm learnt of on 4 May, its mediation stage waiting for the file. */
  private String beforeTheMediator() {
    Complaint complaint = intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    register.recordMediatorReferral(complaint, null, LocalDate.of(2026, 5, 4));
    Map<String, Object> variables = new HashMap<>();
    variables.put(REFERENCE, complaint.getReference());
    variables.put(FIRM, complaint.getFirm());
    variables.put(REFERRAL_RECEIVED_ON, "2026-05-04");
    variables.put(REFERRAL_WARNING, "NONE");
    variables.put(REFERRAL_WARNING_TEXT, "");
    runtime.startProcessInstanceByKey(MEDIATION_PROCESS_KEY, complaint.getReference(), variables);
    return complaint.getReference();
  }

  /** The same, its file sent on 11 May: the proposal is due on 9 August. */
  private String waitingForTheProposal() {
    String reference = beforeTheMediator();
    String task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_PrepareMediatorFile").singleResult().getId();
    tasks.complete(task, Map.of(MEDIATOR_FILE_SUMMARY, "Dossier complet."));
    return reference;
  }

  private ResponseEntity<JsonNode> post(String user, String reference, String path, Map<String, ?> body) {
    return http.withBasicAuth(user, user).postForEntity("/api/complaints/{r}/" + path, body, JsonNode.class, reference);
  }

  private static void assertRefused(ResponseEntity<JsonNode> answer, String field, String message) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(answer.getBody().get("errors").get(0).get("message").asText()).contains(message);
  }

  private Mediation mediationOf(String reference) {
    return register.get(reference).getMediation();
  }

  private boolean stageRunning(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(MEDIATION_PROCESS_KEY).processInstanceBusinessKey(reference).count() > 0;
  }

  @Test
  void theMediatorsProposalIsDatedNeitherInTheFutureNorBeforeTheReferral() {
    String reference = beforeTheMediator();
    Map<String, String> proposal = Map.of("proposedOn", "2026-05-11", "proposal", "Geste de 200 €.");
    ResponseEntity<JsonNode> tooSoon = post("marc", reference, "mediator-proposal", proposal);
    assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooSoon.getBody().get("detail").asText()).contains("is not waiting for a mediator proposal");

    String waiting = waitingForTheProposal();
    assertRefused(post("marc", waiting, "mediator-proposal", Map.of("proposedOn", "2026-05-12", "proposal", "x")), "proposedOn", "in the future");
    assertRefused(post("marc", waiting, "mediator-proposal", Map.of("proposedOn", "2026-05-03", "proposal", "x")), "proposedOn",
        "before the referral to the mediator was received (2026-05-04)");
    assertThat(mediationOf(waiting).getProposalOn()).isNull();

    assertThat(post("marc", waiting, "mediator-proposal", proposal).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(mediationOf(waiting).getProposalOn()).isEqualTo(LocalDate.of(2026, 5, 11));
    assertThat(mediationOf(waiting).getProposalResponseDueOn()).isEqualTo(LocalDate.of(2026, 6, 10));
  }

  @Test
  void theMediatorMayGiveItselfMoreTimeButNotLessNorYears() {
    String preparing = beforeTheMediator();
    ResponseEntity<JsonNode> early = post("marc", preparing, "mediation/proposal-extension", Map.of("proposalDueOn", "2026-10-01"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody().get("detail").asText()).contains("is not waiting for the mediator's proposal");

    String reference = waitingForTheProposal();
    assertThat(mediationOf(reference).getProposalDueOn()).isEqualTo(LocalDate.of(2026, 8, 9));
    assertRefused(post("marc", reference, "mediation/proposal-extension", Map.of("proposalDueOn", "2026-08-09")),
        "proposalDueOn", "must be after the proposal's current due date (2026-08-09)");
    assertRefused(post("marc", reference, "mediation/proposal-extension", Map.of("proposalDueOn", "2026-07-01")),
        "proposalDueOn", "must be after");
    assertRefused(post("marc", reference, "mediation/proposal-extension", Map.of("proposalDueOn", "2027-08-10")),
        "proposalDueOn", "more than a year after the current due date (at the latest 2027-08-09)");
    assertRefused(post("marc", reference, "mediation/proposal-extension", Map.of("proposalDueOn", "bientôt")),
        "proposalDueOn", "is not a date");
    assertThat(mediationOf(reference).getProposalDueOn()).isEqualTo(LocalDate.of(2026, 8, 9));
    assertThat(mediationOf(reference).getProposalExtended()).isNull();

    assertThat(post("sophie", reference, "mediation/proposal-extension", Map.of("proposalDueOn", "2026-10-15")).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(mediationOf(reference).getProposalDueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(mediationOf(reference).getProposalExtended()).isTrue();
  }

  @Test
  void theMediatorClosesTheCaseForOneOfItsReasonsDatedWhenItHappened() {
    String reference = beforeTheMediator();
    assertRefused(post("marc", reference, "mediation/closure", Map.of("reason", "FORGOTTEN", "closedOn", "2026-05-11")),
        "reason", "'FORGOTTEN' is not one of INADMISSIBLE, WITHDRAWN, SETTLED");
    assertRefused(post("marc", reference, "mediation/closure", Map.of("reason", "SETTLED", "closedOn", "2026-05-12")), "closedOn", "in the future");
    assertRefused(post("marc", reference, "mediation/closure", Map.of("reason", "SETTLED", "closedOn", "2026-05-01")),
        "closedOn", "before the referral");
    assertRefused(post("marc", reference, "mediation/closure", Map.of("closedOn", "2026-05-05")), "reason", "");
    assertThat(mediationOf(reference).getEnding()).isNull();
    assertThat(stageRunning(reference)).isTrue();

    assertThat(post("marc", reference, "mediation/closure", Map.of("reason", "SETTLED", "closedOn", "2026-05-05")).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(mediationOf(reference).getEnding()).isEqualTo(MediationEnding.SETTLED);
    assertThat(mediationOf(reference).getEndedOn()).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(stageRunning(reference)).isFalse();

    ResponseEntity<JsonNode> again = post("marc", reference, "mediation/closure", Map.of("reason", "SETTLED", "closedOn", "2026-05-05"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("detail").asText()).contains("is not before the mediator");
  }

  @Test
  void theClientGivesTheMediationUpOnADayNeitherInTheFutureNorBeforeTheReferral() {
    Complaint notReferred = intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    assertThat(post("marc", notReferred.getReference(), "mediation/withdrawal", Map.of("withdrawnOn", "2026-05-11")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    String reference = waitingForTheProposal();
    assertRefused(post("marc", reference, "mediation/withdrawal", Map.of("withdrawnOn", "2026-06-01")), "withdrawnOn", "in the future");
    assertRefused(post("marc", reference, "mediation/withdrawal", Map.of("withdrawnOn", "2026-04-30")), "withdrawnOn", "before the referral");
    assertRefused(post("marc", reference, "mediation/withdrawal", Map.of()), "withdrawnOn", "");
    assertThat(mediationOf(reference).getEnding()).isNull();

    assertThat(post("marc", reference, "mediation/withdrawal", Map.of("withdrawnOn", "2026-05-10")).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(mediationOf(reference).getEnding()).isEqualTo(MediationEnding.CLIENT_WITHDREW);
    assertThat(mediationOf(reference).getEndedOn()).isEqualTo(LocalDate.of(2026, 5, 10));
    JsonNode view = http.withBasicAuth("marc", "marc").getForObject("/api/complaints/{r}", JsonNode.class, reference);
    assertThat(view.get("mediation").get("ending").asText()).isEqualTo("CLIENT_WITHDREW");
    assertThat(view.get("mediation").get("endedOn").asText()).isEqualTo("2026-05-10");
    assertThat(view.get("mediation").get("fileDueOn").asText()).isEqualTo("2026-06-08");
    assertThat(view.get("mediation").get("fileSentOn").asText()).isEqualTo("2026-05-11");
    assertThat(view.get("mediation").get("proposalDueOn").asText()).isEqualTo("2026-08-09");
  }

  @Test
  void everyClosureReasonTheApiTakesIsAnEndingTheRegisterRecords() {
    for (MediationStageController.ClosureReason reason : MediationStageController.ClosureReason.values()) {
      assertThat(MediationEnding.valueOf(reason.name()).isClosedByMediator()).as(reason.name()).isTrue();
    }
  }

  @Test
  void theStagesDoorsAreForTheComplaintsServiceAndSupervisorsOnly() {
    String reference = waitingForTheProposal();
    Map<String, Map<String, String>> doors =
        Map.of(
            "mediator-proposal", Map.of("proposedOn", "2026-05-11", "proposal", "x"),
            "mediation/proposal-extension", Map.of("proposalDueOn", "2026-10-01"),
            "mediation/closure", Map.of("reason", "SETTLED", "closedOn", "2026-05-11"),
            "mediation/withdrawal", Map.of("withdrawnOn", "2026-05-11"));
    doors.forEach((path, body) ->
        assertThat(post("claire", reference, path, body).getStatusCode()).as("first contact POST %s", path).isEqualTo(HttpStatus.FORBIDDEN));
    assertThat(mediationOf(reference).getProposalExtended()).isNull();
    assertThat(post("marc", reference, "mediation/proposal-extension", doors.get("mediation/proposal-extension")).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(post("sophie", reference, "mediator-proposal", doors.get("mediator-proposal")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(post("marc", reference, "mediation/withdrawal", doors.get("mediation/withdrawal")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String other = beforeTheMediator();
    assertThat(post("sophie", other, "mediation/closure", doors.get("mediation/closure")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }
}
