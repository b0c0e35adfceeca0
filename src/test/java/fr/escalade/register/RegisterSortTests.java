package fr.escalade.register;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Outcome;
import fr.escalade.intake.ComplaintIntake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Lists sort and filter by the deadlines and the answer the register keeps for each complaint. */
@EscaladeSpringTest
class RegisterSortTests {

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired TestRestTemplate http;

  private final String family = "Tri" + UUID.randomUUID().toString().substring(0, 8);

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 7, 9, 0);

  private Complaint register(String firstName, LocalDate sentOn) {
    return intake.register(
        aComplaint()
            .sentOn(sentOn)
            .from(firstName + " " + family, "client@example.fr", null)
            .aboutContract(null)
            .about("Résiliation", "Exposé.")
            .build());
  }

  private JsonNode list(String query) {
    return http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints?q=" + family + query, JsonNode.class);
  }

  @Test
  void staffSortByAnswerDeadlineAndFilterByTheAnswersCategory() {
    Complaint june = register("Anne", LocalDate.of(2026, 6, 1));
    Complaint september = register("Bruno", LocalDate.of(2026, 9, 4));
    Complaint august = register("Chloé", LocalDate.of(2026, 8, 3));
    register.recordAnswer(register.get(august.getReference()), Outcome.FAVOURABLE, "TERMINATION", BigDecimal.TEN);
    register.recordAnswerSent(register.get(august.getReference()), LocalDate.of(2026, 9, 7));

    JsonNode byAnswerDeadline = list("&sort=answerDueOn,desc");
    assertThat(byAnswerDeadline.get("items").findValuesAsText("reference"))
        .containsExactly(september.getReference(), august.getReference(), june.getReference());
    assertThat(byAnswerDeadline.get("items").get(0).get("answerDueOn").asText())
        .isEqualTo(september.getAnswerDueOn().toString());
    assertThat(list("&sort=acknowledgementDueOn,asc").get("items").findValuesAsText("reference"))
        .containsExactly(june.getReference(), august.getReference(), september.getReference());
    assertThat(list("&category=TERMINATION").get("items").findValuesAsText("reference"))
        .containsExactly(august.getReference());
    assertThat(list("&category=TERMINATION").get("items").get(0).get("answerSentOn").asText()).isEqualTo("2026-09-07");
  }
}
