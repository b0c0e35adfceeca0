package fr.escalade.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.identity.Roles;
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
 * {@code PUT /api/complaints/{ref}/mediator}: the complaints service or a supervisor sends a complaint
 * to another configured mediator, whom every letter names from then on, until the firm's file went
 * to the mediator.
 */
@EscaladeSpringTest
class MediatorChoiceTests {

  /** A supervisor who works for Asekkey only. */
  static final String ASEKKEY_SUPERVISOR = "mediatorChoiceAsekkey";

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  @Autowired TestRestTemplate http;
  @Autowired ComplaintRegister register;
  @Autowired LetterWriter writer;
  @Autowired TransactionTemplate transactions;
  @Autowired IdentityService identity;

  @BeforeEach
  void aSupervisorOfOneFirm() {
    if (identity.createUserQuery().userId(ASEKKEY_SUPERVISOR).count() == 0) {
      User user = identity.newUser(ASEKKEY_SUPERVISOR);
      user.setPassword(ASEKKEY_SUPERVISOR);
      identity.saveUser(user);
      identity.createMembership(ASEKKEY_SUPERVISOR, Roles.SUPERVISORS);
      identity.createTenantUserMembership("asekkey", ASEKKEY_SUPERVISOR);
    }
  }

  private String registered(String firm) {
    Map<String, Object> complaint =
        Map.of(
            "firm", firm, "channel", "EMAIL", "sentOn", "2026-03-02", "entryLevel", 2,
            "complainant", Map.of("name", "Paul Lefèvre", "email", "paul.lefevre@example.fr"),
            "contractReference", "PRET-2025-118",
            "subject", "Assurance emprunteur refusée par la banque", "description", "Le prêt a été refusé.");
    ResponseEntity<JsonNode> created = http.withBasicAuth("marc", "marc").postForEntity("/api/complaints", complaint, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("reference").asText();
  }

  private ResponseEntity<JsonNode> choose(String user, String reference, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return http.exchange(
        "/api/complaints/" + reference + "/mediator", HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private Letter write(LetterType type, String reference) {
    return transactions.execute(status -> {
      Complaint complaint = register.get(reference);
      return writer.write(
          type, complaint,
          Map.of("answerText", "Nous maintenons notre position.", "mediatorFileSummary", "Dossier complet."));
    });
  }

  @Test
  void aComplaintGoesToItsFirmsDefaultMediatorWhichTheRegisterShows() {
    String reference = registered("asekkey");

    assertThat(register.get(reference).getMediator()).isEqualTo("assurance");
    ResponseEntity<JsonNode> view = http.withBasicAuth("marc", "marc").getForEntity("/api/complaints/" + reference, JsonNode.class);
    assertThat(view.getBody().get("mediator").asText()).isEqualTo("assurance");
    assertThat(write(LetterType.ANSWER, reference).getBody())
        .contains("La Médiation de l'Assurance", "le.mediateur@mediation-assurance.org",
            "Saisine en ligne : https://www.mediation-assurance.org/saisir-le-mediateur/");
  }

  @Test
  void theComplaintsServiceSendsAComplaintToAnotherMediatorWhomTheLettersNameFromThenOn() {
    String reference = registered("asekkey");

    ResponseEntity<JsonNode> chosen = choose("marc", reference, Map.of("mediator", "banque-fbf"));

    assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(chosen.getBody().get("reference").asText()).isEqualTo(reference);
    assertThat(chosen.getBody().get("mediator").asText()).isEqualTo("banque-fbf");
    assertThat(chosen.getBody().get("name").asText()).isEqualTo("Le médiateur auprès de la Fédération bancaire française (FBF)");
    assertThat(register.get(reference).getMediator()).isEqualTo("banque-fbf");

    for (LetterType type : new LetterType[] {LetterType.ANSWER, LetterType.DELAY_NOTICE, LetterType.MEDIATION_INFORMATION}) {
      assertThat(write(type, reference).getBody())
          .as("%s", type)
          .contains("Le médiateur auprès de la Fédération bancaire française (FBF)", "CS 151, 75422 Paris Cedex 09")
          .doesNotContain("Médiation de l'Assurance", "mediation-assurance.org", "  Courriel :");
    }
    // the FBF mediator of the example gives no e-mail: the firm's file goes to it by post
    Letter file = write(LetterType.MEDIATOR_FILE, reference);
    assertThat(file.getChannel()).isEqualTo(DeliveryChannel.POST);
    assertThat(file.getRecipient())
        .isEqualTo("Le médiateur auprès de la Fédération bancaire française (FBF)\nCS 151, 75422 Paris Cedex 09");
    assertThat(file.getBody())
        .contains("Le médiateur auprès de la Fédération bancaire française (FBF)\nCS 151, 75422 Paris Cedex 09", "Madame, Monsieur le Médiateur,");
  }

  @Test
  void lettersToTheMediatorGoToTheEmailOfTheComplaintsMediator() {
    String reference = registered("almena");
    choose("sophie", reference, Map.of("mediator", "banque-fbf"));
    assertThat(choose("sophie", reference, Map.of("mediator", "assurance")).getStatusCode()).isEqualTo(HttpStatus.OK);

    Letter file = write(LetterType.MEDIATOR_FILE, reference);
    assertThat(file.getChannel()).isEqualTo(DeliveryChannel.EMAIL);
    assertThat(file.getRecipient()).isEqualTo("le.mediateur@mediation-assurance.org");
  }

  @Test
  void onceTheFileWentToTheMediatorTheChoiceIsMade() {
    String reference = registered("asekkey");
    write(LetterType.MEDIATOR_FILE, reference);

    ResponseEntity<JsonNode> refused = choose("marc", reference, Map.of("mediator", "banque-fbf"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().toString()).contains("already sent to 'assurance'");
    assertThat(register.get(reference).getMediator()).isEqualTo("assurance");
    assertThat(choose("marc", reference, Map.of("mediator", "assurance")).getStatusCode())
        .as("choosing the same mediator again changes nothing")
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnknownOrMissingMediatorIsABadRequestNamingTheField() {
    String reference = registered("asekkey");

    ResponseEntity<JsonNode> unknown = choose("marc", reference, Map.of("mediator", "mediateur-imaginaire"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().toString()).contains("mediator", "mediateur-imaginaire", "banque-fbf");

    for (Object body : new Object[] {Map.of("mediator", " "), Map.of(), Map.of("mediator", "assurance", "other", 1), "x".repeat(41)}) {
      ResponseEntity<JsonNode> bad = choose("marc", reference, body instanceof String s ? Map.of("mediator", s) : body);
      assertThat(bad.getStatusCode()).as("%s", body).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(register.get(reference).getMediator()).isEqualTo("assurance");
    assertThat(choose("marc", "REC-2026-999999", Map.of("mediator", "assurance")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyTheComplaintsServiceAndSupervisorsOfTheComplaintsFirmMayChoose() {
    String asekkey = registered("asekkey");
    String almena = registered("almena");

    assertThat(choose("claire", asekkey, Map.of("mediator", "banque-fbf")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(choose(ASEKKEY_SUPERVISOR, almena, Map.of("mediator", "banque-fbf")).getStatusCode())
        .as("another firm's complaint is as if it did not exist")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(register.get(almena).getMediator()).isEqualTo("assurance");
    assertThat(register.get(asekkey).getMediator()).isEqualTo("assurance");

    assertThat(choose(ASEKKEY_SUPERVISOR, asekkey, Map.of("mediator", "banque-fbf")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(choose("sophie", almena, Map.of("mediator", "banque-fbf")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
