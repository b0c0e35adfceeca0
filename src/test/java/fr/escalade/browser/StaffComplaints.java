package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the browser tests set up through the API, as the office would: complaints registered by a
 * member of staff, and the Tasklist addresses that open a filter on one complaint's tasks.
 */
final class StaffComplaints {

  private final TestRestTemplate http;
  private final FilterService filters;

  StaffComplaints(TestRestTemplate http, FilterService filters) {
    this.http = http;
    this.filters = filters;
  }

  static LocalDate todayInParis() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }

  /** Registers a complaint by e-mail to Asekkey and gives its reference. */
  String register(Integer entryLevel, LocalDate sentOn, String subject, String description) {
    return register(
        "EMAIL", entryLevel, sentOn,
        Map.of("name", "Hélène Martin", "email", "helene.martin@example.fr", "isClient", true), subject, description);
  }

  /**
   * Registers a complaint heard on the phone today, from a client who left only a phone number (so
   * that the agent who recorded it will call back), and gives its reference.
   */
  String registerPhoneCall(Integer entryLevel, String subject, String description) {
    return register(
        "PHONE", entryLevel, todayInParis(),
        Map.of("name", "Hélène Martin", "phone", "06 12 34 56 78", "isClient", true), subject, description);
  }

  private String register(
      String channel, Integer entryLevel, LocalDate sentOn, Map<String, Object> complainant, String subject, String description) {
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("firm", "asekkey");
    complaint.put("channel", channel);
    complaint.put("sentOn", sentOn.toString());
    if (entryLevel != null) {
      complaint.put("entryLevel", entryLevel);
    }
    complaint.put("complainant", complainant);
    complaint.put("contractReference", "HAB-2024-0042");
    complaint.put("subject", subject);
    complaint.put("description", description);
    ResponseEntity<JsonNode> created =
        http.withBasicAuth("claire", "claire").postForEntity("/api/complaints", complaint, JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("reference").asText();
  }

  /** The firm learns today that the client went to the mediator: the mediator's file is to be prepared. */
  void referToMediator(String reference) {
    accepted(
        http.withBasicAuth("marc", "marc")
            .postForEntity("/api/complaints/{ref}/mediator-referral", Map.of("receivedOn", todayInParis().toString()),
                JsonNode.class, reference));
  }

  /** The mediator's proposal, received today: the firm is to respond to it. */
  void mediatorProposes(String reference, String proposal) {
    accepted(
        http.withBasicAuth("marc", "marc")
            .postForEntity("/api/complaints/{ref}/mediator-proposal",
                Map.of("proposedOn", todayInParis().toString(), "proposal", proposal), JsonNode.class, reference));
  }

  private static void accepted(ResponseEntity<JsonNode> answer) {
    assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s %s", answer.getStatusCode(), answer.getBody()).isTrue();
  }

  /** The Tasklist page of a filter, searched for one complaint's tasks (its business key). */
  String tasklistFilter(String filterName, String reference) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    String search =
        "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + reference + "\",\"name\":\"\"}]";
    return "/camunda/app/tasklist/default/#/?filter=" + filterId + "&searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The name of the one open task of a complaint, as the engine's REST API shows it to this user. */
  String onlyTaskName(String user, String reference) {
    JsonNode tasks =
        http.withBasicAuth(user, user)
            .getForObject(
                "/engine-rest/task?processInstanceBusinessKey={key}&withCandidateGroups=true", JsonNode.class, reference);
    assertThat(tasks).as("open tasks of %s for %s", reference, user).hasSize(1);
    return tasks.get(0).get("name").asText();
  }
}
