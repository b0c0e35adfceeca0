package fr.escalade.register;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.Outcome;
import fr.escalade.complaint.Qualification;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.complaint.ComplaintRegister;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Staff list and filter the register; auditors get the same selection as CSV. */
@EscaladeSpringTest
class RegisterTests {

  @Autowired ComplaintIntake intake;
  @Autowired TestRestTemplate http;
  @Autowired ComplaintRegister register;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 7, 9, 0);

  private final String family = "Registre" + UUID.randomUUID().toString().substring(0, 8);

  private Complaint register(String firm, Channel channel, String firstName, LocalDate sentOn, String subject) {
    return intake.register(
        aComplaint().of(firm).by(channel).sentOn(sentOn)
            .from(firstName + " " + family, "client@example.fr", null)
            .aboutContract(null).about(subject, "Exposé.")
            .build());
  }

  private JsonNode list(String query) {
    return http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints?q=" + family + query, JsonNode.class);
  }

  @Test
  void staffFilterTheRegisterByFirmChannelDatesAndLatenessPageByPage() {
    Complaint early = register("asekkey", Channel.EMAIL, "Anne", LocalDate.of(2026, 6, 1), "Résiliation");
    Complaint recent = register("asekkey", Channel.POST, "Bruno", LocalDate.of(2026, 9, 4), "Prélèvement");
    Complaint almena = register("almena", Channel.EMAIL, "Chloé", LocalDate.of(2026, 9, 3), "Sinistre");

    assertThat(list("").get("totalElements").asInt()).isEqualTo(3);
    assertThat(list("&firm=almena").get("items").findValuesAsText("reference")).containsExactly(almena.getReference());
    assertThat(list("&channel=POST").get("items").findValuesAsText("reference")).containsExactly(recent.getReference());
    assertThat(list("&sentFrom=2026-09-01&sentTo=2026-09-30&sort=startDate,asc").get("items").findValuesAsText("reference"))
        .containsExactly(almena.getReference(), recent.getReference());
    // sent on 1 June and never answered: its 1 August answer deadline is past
    assertThat(list("&overdue=true").get("items").findValuesAsText("reference")).containsExactly(early.getReference());
    JsonNode firstPage = list("&size=2&page=0&sort=reference,asc");
    assertThat(firstPage.get("items")).hasSize(2);
    assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
    JsonNode byReference =
        http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints?q=" + recent.getReference(), JsonNode.class);
    assertThat(byReference.get("items").findValuesAsText("reference")).containsExactly(recent.getReference());
    JsonNode byNameWords =
        http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints?q=CHLOE " + family.substring(0, 12), JsonNode.class);
    assertThat(byNameWords.get("items").findValuesAsText("reference"))
        .as("each word typed starts a word of the name, case and accents aside")
        .containsExactly(almena.getReference());
  }

  @Test
  void aComplaintIsLateByTheCalendarDayOfItsFirmNotOfTheServer() {
    Complaint almena = register("almena", Channel.EMAIL, "Élodie", LocalDate.of(2026, 9, 1), "Sinistre");
    register.recordAcknowledgementSent(almena, LocalDate.of(2026, 9, 2));
    ZoneId guadeloupe = ZoneId.of("America/Guadeloupe");

    // 20:00 on the answer's last day in Guadeloupe, already the next day in Paris and in UTC
    clock.set(ZonedDateTime.of(almena.getAnswerDueOn().atTime(20, 0), guadeloupe));
    assertThat(list("&overdue=true").get("items").findValuesAsText("reference")).doesNotContain(almena.getReference());

    clock.set(ZonedDateTime.of(almena.getAnswerDueOn().plusDays(1).atTime(0, 30), guadeloupe));
    assertThat(list("&overdue=true").get("items").findValuesAsText("reference")).contains(almena.getReference());
  }

  @Test
  void toolsGetTheSelectionAsStandardCsvWithEveryRegisterField() {
    Complaint complaint = register("asekkey", Channel.WEB, "Dora", LocalDate.of(2026, 9, 1), "Objet, avec \"guillemets\"");

    ResponseEntity<String> csv =
        http.withBasicAuth("sophie", "sophie").getForEntity("/api/register.csv?format=standard&q=" + family, String.class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0)).startsWith("reference,firm,channel,complainant_name").contains("answer_due_on", "closed_on");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith(complaint.getReference() + ",asekkey,WEB,Dora " + family)
        .contains("\"Objet, avec \"\"guillemets\"\"\"", ",2026-09-01,", ",2026-09-12,", ",2026-11-01,")
        .as("every letter, with its date, type, channel and status")
        .endsWith(",2026-09-07 SUBMISSION_COPY EMAIL PENDING");
  }

  @Test
  void supervisorsGetAFileFrenchSpreadsheetsOpenInColumns() {
    Complaint complaint = register("asekkey", Channel.WEB, "Émile", LocalDate.of(2026, 9, 1), "Objet ; avec \"guillemets\"");
    register.recordQualification(register.get(complaint.getReference()), Qualification.COMPLAINT, null, "marc");
    register.recordAnswer(register.get(complaint.getReference()), Outcome.PARTLY_FAVOURABLE, "CLAIM_HANDLING", new BigDecimal("1234.50"));

    ResponseEntity<byte[]> csv =
        http.withBasicAuth("sophie", "sophie").getForEntity("/api/register.csv?q=" + family, byte[].class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] body = csv.getBody();
    assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .startsWith("Référence;Cabinet;Canal;Nom du réclamant;")
        .contains(";Montant en jeu (€);", ";Réponse due le;", ";Correspondance")
        .doesNotContain(",");
    assertThat(lines).hasSize(2);
    String status = register.get(complaint.getReference()).getStatus().staffLabel();
    assertThat(lines.get(1))
        .as("the channel in French words")
        .startsWith(complaint.getReference() + ";asekkey;Formulaire en ligne;Émile " + family + ";")
        .as("a value with the separator and quotes is quoted, its quotes doubled")
        .contains(";\"Objet ; avec \"\"guillemets\"\"\";")
        .as("amounts with a decimal comma, yes and no in French")
        .contains(";1234,50;", ";non;")
        .contains(";2026-09-01;")
        .as("status, category, outcome and qualification as staff read them, never their codes")
        .contains(";" + status + ";", ";Gestion de sinistre;", ";Partiellement favorable;", ";Réclamation;")
        .doesNotContain(";WEB;", ";CLAIM_HANDLING;", ";PARTLY_FAVOURABLE;", ";COMPLAINT;")
        .as("each letter with its date, type, channel and status in French words")
        .endsWith(";2026-09-07 Copie datée de la réclamation en ligne, E-mail, En attente d’envoi");

    // the standard file and the JSON API keep the codes that scripts read
    String standard =
        http.withBasicAuth("sophie", "sophie").getForObject("/api/register.csv?format=standard&q=" + family, String.class);
    assertThat(standard.lines().toList().get(1))
        .contains(",WEB,", ",CLAIM_HANDLING,", ",PARTLY_FAVOURABLE,", ",COMPLAINT,")
        .doesNotContain("Formulaire en ligne", "Gestion de sinistre");
    JsonNode row = list("").get("items").get(0);
    assertThat(row.get("channel").asText()).isEqualTo("WEB");
    assertThat(row.get("outcome").asText()).isEqualTo("PARTLY_FAVOURABLE");
  }

  @Test
  void anUnknownCsvFormatIsABadRequestNamingTheParameter() {
    ResponseEntity<String> answer = http.withBasicAuth("sophie", "sophie").getForEntity("/api/register.csv?format=xlsx", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("format");
  }
}
