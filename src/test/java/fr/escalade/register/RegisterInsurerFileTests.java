package fr.escalade.register;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.insurer.InsurerForwarding;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual file for an insurer (domain.md: by 1 March, the complaints about its contracts of the
 * previous year) is one export of the register: {@code /api/register.csv?firm=…&insurer=…&year=…}.
 */
@EscaladeSpringTest
class RegisterInsurerFileTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 2, 20, 9, 0);

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired InsurerForwarding forwarding;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate http;

  private String registered(LocalDate sentOn, String name) {
    return intake.register(
            aComplaint().of("asekkey").byEmail().sentOn(sentOn).atLevel(2)
                .from(name, "client@example.fr", null).aboutContract("CTR-" + sentOn).about("Sinistre", "Exposé.")
                .build())
        .getReference();
  }

  private String forwarded(LocalDate sentOn, String name, String insurer, String productLine) {
    String reference = registered(sentOn, name);
    transactions.executeWithoutResult(status -> forwarding.forward(register.get(reference), insurer, productLine));
    return reference;
  }

  private ResponseEntity<String> csv(String query) {
    return http.withBasicAuth("sophie", "sophie").getForEntity("/api/register.csv?format=standard&" + query, String.class);
  }

  @Test
  void theYearsFileForOneInsurerHoldsExactlyItsComplaintsSentThatYear() {
    String january = forwarded(LocalDate.of(2025, 1, 15), "Alice Annuel", "mutuelle-exemple", "AUTO");
    String lastDay = forwarded(LocalDate.of(2025, 12, 31), "Bruno Annuel", "mutuelle-exemple", "HABITATION");
    forwarded(LocalDate.of(2026, 1, 1), "Chloé Annuel", "mutuelle-exemple", "AUTO");
    forwarded(LocalDate.of(2024, 12, 31), "Denis Annuel", "mutuelle-exemple", "AUTO");
    forwarded(LocalDate.of(2025, 6, 1), "Émile Annuel", "prevoyance-exemple", "PREVOYANCE");
    registered(LocalDate.of(2025, 6, 2), "Fanny Annuel");

    ResponseEntity<String> file = csv("firm=asekkey&insurer=mutuelle-exemple&year=2025");

    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> lines = file.getBody().lines().toList();
    assertThat(lines.get(0)).contains(",mediator,insurer,product_line,insurer_referred_on,");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith(january + ",asekkey,EMAIL,Alice Annuel,").contains(",2025-01-15,", ",mutuelle-exemple,AUTO,2026-02-20,");
    assertThat(lines.get(2)).startsWith(lastDay + ",asekkey,EMAIL,Bruno Annuel,").contains(",2025-12-31,", ",mutuelle-exemple,HABITATION,2026-02-20,");

    JsonNode listed = http.withBasicAuth("sophie", "sophie")
        .getForObject("/api/complaints?insurer=mutuelle-exemple&year=2025&sort=startDate,asc", JsonNode.class);
    assertThat(listed.get("items").findValuesAsText("reference")).containsExactly(january, lastDay);

    JsonNode view = http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints/" + january, JsonNode.class);
    assertThat(view.get("insurer").asText()).isEqualTo("mutuelle-exemple");
    assertThat(view.get("productLine").asText()).isEqualTo("AUTO");
    assertThat(view.get("insurerReferredOn").asText()).isEqualTo("2026-02-20");
  }

  @Test
  void aYearOutsideTheRegistersOrAnInsurerUnknownToTheFirmIsNamed() {
    assertBadRequest(csv("year=1999"), "year", "must be between 2000 and 2026");
    assertBadRequest(csv("year=2027"), "year", "must be between 2000 and 2026");
    assertThat(csv("year=deux").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(csv("year=deux").getBody()).contains("\"field\":\"year\"");
    assertBadRequest(csv("firm=asekkey&insurer=inconnu"), "insurer",
        "'inconnu' is not an insurer of firm asekkey; insurers: [mutuelle-exemple, prevoyance-exemple]");
    assertBadRequest(csv("firm=asekkey&insurer=antilles-exemple"), "insurer",
        "'antilles-exemple' is not an insurer of firm asekkey; insurers: [mutuelle-exemple, prevoyance-exemple]");
    ResponseEntity<JsonNode> list = http.withBasicAuth("sophie", "sophie").getForEntity("/api/complaints?insurer=inconnu", JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list.getBody().get("errors").findValuesAsText("field")).containsExactly("insurer");

    assertThat(csv("insurer=antilles-exemple&year=2000").getStatusCode())
        .as("without a firm, an insurer of any of the reader's firms").isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("marc", "marc").getForEntity("/api/register.csv?insurer=mutuelle-exemple&year=2025", String.class)
            .getStatusCode())
        .as("the register's export stays the supervisors'").isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static void assertBadRequest(ResponseEntity<String> response, String field, String message) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"field\":\"" + field + "\"", "\"message\":\"" + message.replace("'", "'") + "\"");
  }
}
