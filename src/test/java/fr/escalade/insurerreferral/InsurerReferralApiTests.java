package fr.escalade.insurerreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Outcome;
import fr.escalade.identity.Roles;
import fr.escalade.insurer.InsurerForwarding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/complaints/{ref}/insurer-referral} and {@code GET /api/insurers}: who may call them,
 * the inputs they refuse, naming the field, and the states in which a complaint cannot be forwarded.
 * The forwarding itself is the process's (its event sub-process calls InsurerForwarding, tested there).
 */
@EscaladeSpringTest
class InsurerReferralApiTests {

  /** A complaints service agent who works for Almena only. */
  static final String ALMENA_AGENT = "insurerReferralAlmena";

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  @Autowired TestRestTemplate http;
  @Autowired ComplaintRegister register;
  @Autowired InsurerForwarding forwarding;
  @Autowired TransactionTemplate transactions;
  @Autowired IdentityService identity;

  @BeforeEach
  void anAgentOfOneFirm() {
    if (identity.createUserQuery().userId(ALMENA_AGENT).count() == 0) {
      User user = identity.newUser(ALMENA_AGENT);
      user.setPassword(ALMENA_AGENT);
      identity.saveUser(user);
      identity.createMembership(ALMENA_AGENT, Roles.COMPLAINTS_SERVICE);
      identity.createTenantUserMembership("almena", ALMENA_AGENT);
    }
  }

  private String registered(String firm) {
    Map<String, Object> complaint =
        Map.of(
            "firm", firm, "channel", "EMAIL", "sentOn", "2026-03-02", "entryLevel", 2,
            "complainant", Map.of("name", "Luc Bernard", "email", "luc.bernard@example.fr"),
            "contractReference", "AUTO-2025-007",
            "subject", "Sinistre automobile non réglé", "description", "L'expert n'est jamais venu.");
    ResponseEntity<JsonNode> created = http.withBasicAuth("marc", "marc").postForEntity("/api/complaints", complaint, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("reference").asText();
  }

  private ResponseEntity<JsonNode> refer(String user, String reference, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return http.exchange(
        "/api/complaints/" + reference + "/insurer-referral", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static List<String> fields(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody().get("errors").findValuesAsText("field");
  }

  private static List<String> messages(ResponseEntity<JsonNode> response) {
    return response.getBody().get("errors").findValuesAsText("message");
  }

  @Test
  void aMissingInsurerOrProductLineIsNamed() {
    String reference = registered("asekkey");

    ResponseEntity<JsonNode> empty = refer("marc", reference, Map.of());
    assertThat(fields(empty)).containsExactly("insurer", "productLine");
    assertThat(messages(empty).get(0)).isEqualTo(
        "is required: the insurer the complaint is forwarded to, one of [mutuelle-exemple, prevoyance-exemple]");

    Map<String, Object> blankInsurer = new HashMap<>();
    blankInsurer.put("insurer", "  ");
    blankInsurer.put("productLine", "AUTO");
    assertThat(fields(refer("marc", reference, blankInsurer))).containsExactly("insurer");
  }

  @Test
  void anInsurerOfAnotherFirmAnUnknownInsurerOrProductLineIsNamed() {
    String reference = registered("asekkey");

    ResponseEntity<JsonNode> otherFirms = refer("marc", reference, Map.of("insurer", "antilles-exemple", "productLine", "AUTO"));
    assertThat(fields(otherFirms)).containsExactly("insurer");
    assertThat(messages(otherFirms)).containsExactly(
        "'antilles-exemple' is not an insurer of firm asekkey; its insurers: [mutuelle-exemple, prevoyance-exemple]");

    ResponseEntity<JsonNode> unknownLine = refer("marc", reference, Map.of("insurer", "mutuelle-exemple", "productLine", "BATEAU"));
    assertThat(fields(unknownLine)).containsExactly("productLine");
    assertThat(messages(unknownLine).get(0)).startsWith("'BATEAU' is not a product line; use one of [AUTO, HABITATION, SANTE,");

    assertThat(fields(refer("marc", reference, Map.of("insurer", "x".repeat(41), "productLine", "AUTO")))).containsExactly("insurer");
    assertThat(fields(refer("marc", reference, Map.of("insurer", "mutuelle-exemple", "productLine", "AUTO", "note", "?"))))
        .as("an unknown property is refused like any other API's").isNotEmpty();
    assertThat(register.get(reference).getInsurer()).isNull();
  }

  @Test
  void aComplaintAlreadyForwardedOrClosedIsAConflict() {
    String forwarded = registered("asekkey");
    transactions.executeWithoutResult(status -> forwarding.forward(register.get(forwarded), "mutuelle-exemple", "AUTO"));
    String closed = registered("asekkey");
    transactions.executeWithoutResult(status -> register.close(register.get(closed), fr.escalade.complaint.HandlingOutcome.SETTLED_AT_FIRST_CONTACT));
    Map<String, String> valid = Map.of("insurer", "prevoyance-exemple", "productLine", "PREVOYANCE");

    ResponseEntity<JsonNode> again = refer("marc", forwarded, valid);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("detail").asText())
        .isEqualTo("Complaint " + forwarded + " was already forwarded to insurer 'mutuelle-exemple' on 2026-03-04.");

    ResponseEntity<JsonNode> afterClosing = refer("sophie", closed, valid);
    assertThat(afterClosing.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(afterClosing.getBody().get("detail").asText()).contains("is closed");
    assertThat(register.get(closed).getInsurer()).isNull();
  }

  @Test
  void theComplaintsServiceAndSupervisorsHandItToTheProcessWhichForwardsItOnce() {
    Map<String, String> valid = Map.of("insurer", "mutuelle-exemple", "productLine", "AUTO");
    for (String user : List.of("marc", "sophie")) {
      String reference = registered("asekkey");
      assertThat(refer(user, reference, valid).getStatusCode()).as(user).isEqualTo(HttpStatus.ACCEPTED);
      ResponseEntity<JsonNode> again = refer(user, reference, valid);
      assertThat(again.getStatusCode()).as("%s a second time", user).isEqualTo(HttpStatus.CONFLICT);
    }
  }


  @Test
  void firstContactMayNotForwardAndAnotherFirmsAgentDoesNotSeeTheComplaint() {
    String reference = registered("asekkey");
    Map<String, String> valid = Map.of("insurer", "mutuelle-exemple", "productLine", "AUTO");

    assertThat(refer("claire", reference, valid).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refer(ALMENA_AGENT, reference, valid).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refer("marc", "REC-2026-999999", valid).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void everyWorkingGroupListsItsFirmsInsurersAndTheProductLines() {
    ResponseEntity<JsonNode> listed = http.withBasicAuth("claire", "claire").getForEntity("/api/insurers?firm=asekkey", JsonNode.class);

    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = listed.getBody();
    assertThat(body.get("firm").asText()).isEqualTo("asekkey");
    assertThat(body.get("insurers").findValuesAsText("id")).containsExactly("mutuelle-exemple", "prevoyance-exemple");
    JsonNode mutuelle = body.get("insurers").get(0);
    assertThat(mutuelle.get("name").asText()).isEqualTo("Mutuelle Exemple Assurances");
    assertThat(mutuelle.get("complaintsService").asText()).isEqualTo("Service Réclamations");
    assertThat(mutuelle.get("email").asText()).isEqualTo("reclamations@mutuelle-exemple.example");
    assertThat(body.get("insurers").get(1).get("email").isNull()).isTrue();
    assertThat(body.get("productLines").findValuesAsText("id"))
        .containsExactly("AUTO", "HABITATION", "SANTE", "PREVOYANCE", "EMPRUNTEUR", "VIE_EPARGNE", "PROTECTION_JURIDIQUE",
            "PROFESSIONNELLE", "AUTRE");
    assertThat(body.get("productLines").get(2).get("label").asText()).isEqualTo("Santé");

    for (String user : List.of("marc", "sophie")) {
      assertThat(http.withBasicAuth(user, user).getForEntity("/api/insurers?firm=almena", JsonNode.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void insurersAreListedForAFirmTheCallerWorksForOnly() {
    ResponseEntity<JsonNode> missing = http.withBasicAuth("claire", "claire").getForEntity("/api/insurers", JsonNode.class);
    assertThat(fields(missing)).containsExactly("firm");

    ResponseEntity<JsonNode> unknown = http.withBasicAuth("claire", "claire").getForEntity("/api/insurers?firm=nulle-part", JsonNode.class);
    assertThat(fields(unknown)).containsExactly("firm");
    assertThat(messages(unknown).get(0)).startsWith("unknown firm 'nulle-part'");

    assertThat(http.withBasicAuth(ALMENA_AGENT, ALMENA_AGENT).getForEntity("/api/insurers?firm=asekkey", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(ALMENA_AGENT, ALMENA_AGENT).getForEntity("/api/insurers?firm=almena", JsonNode.class)
            .getBody().get("insurers").findValuesAsText("id"))
        .containsExactly("antilles-exemple", "caraibes-exemple");
    assertThat(http.getForEntity("/api/insurers?firm=almena", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
