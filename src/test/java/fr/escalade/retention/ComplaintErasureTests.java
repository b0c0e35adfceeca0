package fr.escalade.retention;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Outcome;
import fr.escalade.improvement.DysfunctionCategory;
import fr.escalade.improvement.Dysfunctions;
import fr.escalade.complaint.Qualification;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.reporting.KpiReport;
import fr.escalade.reporting.Kpis;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed complaint of the test firm "rapports" (retention P3Y) erased at the end of its retention
 * period: nothing personal left in the API, the CSV, the database or the engine's history, and the
 * same figures as before.
 */
@EscaladeSpringTest
class ComplaintErasureTests {

  static final String FIRM = "rapports";
  static final String NAME = "Josiane Erasmus";
  static final String EMAIL = "josiane.erasmus@example.fr";
  static final String ADDRESS = "12 rue Effacée, 75003 Paris";
  static final String CONTRACT = "EFF-2021-0099";
  static final String SUBJECT = "Sinistre de Mme Erasmus";
  static final String DESCRIPTION = "Mon voisin M. Lenoir a inondé ma cuisine le 2 février.";
  static final List<String> PERSONAL = List.of("Erasmus", "erasmus", "Effacée", CONTRACT, "Lenoir");

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2021, 3, 1, 10, 0);

  @Autowired TestRestTemplate http;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired Dysfunctions dysfunctions;
  @Autowired KpiReport kpis;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;

  private Complaint answeredAndClosedOn15April2021() {
    String reference =
        intake.register(aComplaint().of(FIRM).byEmail().sentAndReceivedOn(LocalDate.of(2021, 3, 1))
                .from(NAME, EMAIL, ADDRESS).aboutContract(CONTRACT).about(SUBJECT, DESCRIPTION).build())
            .getReference();
    clock.setParisTime(2021, 3, 5, 10, 0);
    register.recordQualification(register.get(reference), Qualification.COMPLAINT, "Relance de M. Lenoir.", "marc");
    register.recordAcknowledgementSent(register.get(reference), LocalDate.of(2021, 3, 5));
    clock.setParisTime(2021, 4, 1, 10, 0);
    register.recordDelayNotice(register.get(reference), "Expertise chez M. Lenoir.", LocalDate.of(2021, 4, 14));
    register.recordAnswer(register.get(reference), Outcome.PARTLY_FAVOURABLE, "OTHER", null);
    register.recordAnswerSent(register.get(reference), LocalDate.of(2021, 4, 1));
    dysfunctions.record(reference, DysfunctionCategory.PROCESSING_DELAY, "Dossier de Mme Erasmus égaré.", "marc");
    clock.setParisTime(2021, 4, 15, 10, 0);
    register.close(register.get(reference), null);
    return register.get(reference);
  }

  private ResponseEntity<String> erase(String user, String reference) {
    return http.withBasicAuth(user, user).postForEntity("/api/complaints/" + reference + "/erasure", null, String.class);
  }

  private Kpis figures() {
    return kpis.compute(FIRM, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
  }

  @Test
  void aClosedComplaintIsErasedOnceItsFirmsRetentionHasEndedAndTheFiguresStayTheSame() {
    Complaint complaint = answeredAndClosedOn15April2021();
    String reference = complaint.getReference();
    String process = complaint.getProcessInstanceId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).count()).isPositive();

    clock.setParisTime(2024, 4, 14, 23, 0);
    ResponseEntity<String> early = erase("demo", reference);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("until 2024-04-15");

    clock.setParisTime(2024, 4, 15, 9, 0);
    for (String user : List.of("claire", "marc", "sophie")) {
      assertThat(erase(user, reference).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    Kpis before = figures();
    ResponseEntity<JsonNode> erased =
        http.withBasicAuth("demo", "demo").postForEntity("/api/complaints/" + reference + "/erasure", null, JsonNode.class);
    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(erased.getBody().get("erasedOn").asText()).isEqualTo("2024-04-15");
    assertThat(figures()).isEqualTo(before);

    // the API, the register's search and its CSV
    String view = http.withBasicAuth("demo", "demo").getForObject("/api/complaints/" + reference, String.class);
    String csv = http.withBasicAuth("demo", "demo")
        .getForObject("/api/register.csv?firm=" + FIRM + "&sentFrom=2021-03-01&sentTo=2021-03-01", String.class);
    String letters = http.withBasicAuth("demo", "demo").getForObject("/api/complaints/" + reference + "/correspondence", String.class);
    for (String text : List.of(view, csv, letters)) {
      assertThat(text).doesNotContain(PERSONAL).doesNotContain(EMAIL);
    }
    assertThat(view).contains(ErasedData.MARKER).contains("PARTLY_FAVOURABLE");
    assertThat(csv).contains(reference);
    assertThat(http.withBasicAuth("demo", "demo").getForObject("/api/complaints?firm=" + FIRM + "&q=erasmus", String.class))
        .doesNotContain(reference);

    // the database
    Map<String, Object> row = jdbc.queryForMap("select * from complaint where reference = ?", reference);
    assertThat(row.get("complainant_name")).isEqualTo(ErasedData.MARKER);
    assertThat(row.get("description")).isEqualTo(ErasedData.MARKER);
    assertThat(row.get("delay_reason")).isEqualTo(ErasedData.MARKER);
    assertThat(row.get("qualification_note")).isEqualTo(ErasedData.MARKER);
    assertThat(row.get("qualified_by")).as("staff, not the client").isEqualTo("marc");
    assertThat(jdbc.queryForList("select reason from delay_notice where complaint_id = ?", String.class, row.get("id")))
        .containsExactly(ErasedData.MARKER);
    assertThat(row).containsEntry("complainant_email", null).containsEntry("complainant_postal_address", null)
        .containsEntry("contract_reference", null).containsEntry("tracking_token_hash", null);
    assertThat(row.get("erased_on").toString()).isEqualTo("2024-04-15");
    assertThat(row.get("closed_on").toString()).isEqualTo("2021-04-15");
    assertThat(row.get("answered_in_time")).isEqualTo(true);
    assertThat(jdbc.queryForObject("select count(*) from complaint_name_word where complaint_id = ?", Long.class, row.get("id")))
        .isZero();
    assertThat(jdbc.queryForList("select description from dysfunction where complaint_id = ?", String.class, row.get("id")))
        .containsOnly(ErasedData.MARKER);
    for (Map<String, Object> letter : jdbc.queryForList("select recipient, subject, body, pdf from letter where complaint_reference = ?", reference)) {
      assertThat(letter).containsEntry("recipient", ErasedData.MARKER).containsEntry("body", ErasedData.MARKER).containsEntry("pdf", null);
    }

    // the engine: the instance and its whole history
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(process).count()).isZero();

    ResponseEntity<String> again = erase("demo", reference);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("already erased on 2024-04-15");
  }

  @Test
  void aComplaintNotClosedIsNotErasedHoweverOld() {
    String reference = intake.register(aComplaint().of(FIRM).sentOn(LocalDate.of(2021, 3, 1)).from(NAME, EMAIL, ADDRESS).build())
        .getReference();
    clock.setParisTime(2030, 1, 1, 10, 0);

    ResponseEntity<String> refused = erase("demo", reference);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("is not closed");
    assertThat(jdbc.queryForObject("select complainant_name from complaint where reference = ?", String.class, reference))
        .isEqualTo(NAME);
  }

  @Test
  void anUnknownComplaintIsNotFound() {
    assertThat(erase("demo", "REC-2021-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
