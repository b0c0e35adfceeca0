package fr.escalade.intake;

import fr.escalade.complaint.ComplaintRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@EscaladeSpringTest
class ComplaintApiTests {

  static final String VALID =
      """
      {"firm": "asekkey", "channel": "EMAIL", "sentOn": "2026-03-02", "receivedOn": "2026-03-03",
       "complainant": {"name": "Jeanne Dupont", "email": "jeanne@example.fr", "isClient": true},
       "contractReference": "HAB-42", "subject": "Sinistre non indemnisé", "description": "Trois relances sans réponse."}
      """;

  @Autowired MockMvc mvc;
  @Autowired ComplaintRepository complaints;
  @Autowired RuntimeService runtime;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  private static MockHttpServletRequestBuilder asMarc(MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.addHeader("Authorization", "Basic bWFyYzptYXJj"); // marc:marc
      return r;
    });
  }

  private ResultActions submit(String body) throws Exception {
    return mvc.perform(asMarc(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(body)));
  }

  @Test
  void registeringAComplaintAnswersWithItsReferenceDeadlinesAndProcess() throws Exception {
    String location =
        submit(VALID)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern("/api/complaints/REC-2026-\\d{6}")))
            .andExpect(jsonPath("$.reference", matchesPattern("REC-2026-\\d{6}")))
            .andExpect(jsonPath("$.startDate").value("2026-03-02"))
            .andExpect(jsonPath("$.acknowledgementDueOn").value("2026-03-13"))
            .andExpect(jsonPath("$.answerDueOn").value("2026-05-02"))
            .andExpect(jsonPath("$.mediationOpensOn").value("2026-05-02"))
            .andExpect(jsonPath("$.status").value("QUALIFYING"))
            .andExpect(jsonPath("$.currentLevel").value(1))
            .andExpect(jsonPath("$.processInstanceId").isNotEmpty())
            .andReturn()
            .getResponse()
            .getHeader("Location");

    mvc.perform(asMarc(get(location)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.complainant.name").value("Jeanne Dupont"))
        .andExpect(jsonPath("$.entryLevel").value(1))
        .andExpect(jsonPath("$.correspondence").isArray());
    String reference = location.substring(location.lastIndexOf('/') + 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
  }

  @Test
  void aDescriptionAsLongAsTheLimitIsRegisteredWhole() throws Exception {
    String description = "Ma réclamation détaillée. ".repeat(384).trim();
    assertThat(description.length()).isBetween(9_900, 10_000);
    String location =
        submit(VALID.replace("Trois relances sans réponse.", description))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(asMarc(get(location))).andExpect(status().isOk()).andExpect(jsonPath("$.description").value(description));
    String reference = location.substring(location.lastIndexOf('/') + 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
  }

  @Test
  void referencesAreUniqueAndNumberedInOrder() throws Exception {
    String first = submit(VALID).andReturn().getResponse().getHeader("Location");
    String second = submit(VALID).andReturn().getResponse().getHeader("Location");
    int firstNumber = Integer.parseInt(first.substring(first.length() - 6));
    assertThat(second).endsWith(String.format("%06d", firstNumber + 1));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndRegistersNothingNew() throws Exception {
    String key = "retry-" + System.nanoTime();
    long before = complaints.count();
    String first =
        mvc.perform(asMarc(post("/api/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(VALID)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
    String retry =
        mvc.perform(asMarc(post("/api/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(VALID)))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();

    assertThat(retry).isEqualTo(first);
    assertThat(complaints.count()).isEqualTo(before + 1);
    mvc.perform(asMarc(post("/api/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
            .content(VALID.replace("Sinistre non indemnisé", "Autre chose"))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("another request body")));
    assertThat(complaints.count()).isEqualTo(before + 1);
  }

  @Test
  void anUnknownReferenceIsNotFound() throws Exception {
    mvc.perform(asMarc(get("/api/complaints/REC-1999-000001")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No complaint has the reference REC-1999-000001"));
  }

  @Test
  void anonymousCallersAndWrongPasswordsAreRefused() throws Exception {
    mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(VALID))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    // an unknown user: a wrong password for a real one would lock that user for a while (Camunda's login delay)
    mvc.perform(get("/api/complaints/REC-2026-000001").header("Authorization", "Basic bm9ib2R5Ondyb25n"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
  }

  @Test
  void badInputNamesEachOffendingFieldAndRegistersNothing() throws Exception {
    long before = complaints.count();

    expectInvalid(VALID.replace("\"asekkey\"", "\"acme\""), "firm", "unknown firm 'acme'");
    expectInvalid(VALID.replace("\"EMAIL\"", "\"PIGEON\""), "channel", "'PIGEON' is not one of EMAIL, POST, PHONE, WEB, COUNTER");
    expectInvalid(VALID.replace("\"2026-03-02\"", "\"02/03/2026\""), "sentOn", "is not a date in the form YYYY-MM-DD");
    expectInvalid(VALID.replace("\"2026-03-03\"", "\"2026-12-25\""), "receivedOn", "is in the future");
    expectInvalid(VALID.replace("\"2026-03-03\"", "\"2026-03-01\""), "receivedOn", "is before sentOn");
    expectInvalid(VALID.replace("jeanne@example.fr", "jeanne.example.fr"), "complainant.email", "e-mail");
    expectInvalid(VALID.replace("\"email\": \"jeanne@example.fr\", ", ""), "complainant", "needs an email or a postalAddress");
    expectInvalid(VALID.replace("\"subject\": \"Sinistre non indemnisé\", ", ""), "subject", "must not be blank");
    expectInvalid(VALID.replace("\"Trois relances sans réponse.\"", "\"  \""), "description", "must not be blank");
    expectInvalid(
        VALID.replace("\"complainant\": {\"name\": \"Jeanne Dupont\", \"email\": \"jeanne@example.fr\", \"isClient\": true},", ""),
        "complainant", "must not be null");
    expectInvalid(VALID.replace("\"asekkey\"", "\"almena\"").replace("\"channel\"", "\"entryLevel\": 1, \"channel\""),
        "entryLevel", "has no first-contact level");
    expectInvalid("{not json", "(body)", "not valid JSON");
    expectInvalid(VALID.replace("\"HAB-42\"", "{\"id\": 42}"), "contractReference", "wrong type");

    submit(VALID.replace("Trois relances sans réponse.", "x".repeat(70_000)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.detail", containsString("at most 65536 bytes")));
    mvc.perform(asMarc(post("/api/complaints").contentType(MediaType.TEXT_PLAIN).content("hello")))
        .andExpect(status().isUnsupportedMediaType());

    assertThat(complaints.count()).isEqualTo(before);
  }

  static final String PHONE_CALL =
      """
      {"firm": "asekkey", "channel": "PHONE",
       "complainant": {"name": "Paul Girard", "phone": "06 12 34 56 78"},
       "subject": "Prélèvement en double", "description": "Appel du client : deux prélèvements en mars."}
      """;

  @Test
  void aComplaintHeardOnThePhoneOrAtTheCounterNeedsOnlyANameAndAPhoneAndItsClocksRunFromTheCall() throws Exception {
    // 4 March 2026, the day of the call: acknowledgement 10 jours ouvrables later, answer 2 months later
    submit(PHONE_CALL)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.channel").value("PHONE"))
        .andExpect(jsonPath("$.sentOn").value("2026-03-04"))
        .andExpect(jsonPath("$.startDate").value("2026-03-04"))
        .andExpect(jsonPath("$.acknowledgementDueOn").value("2026-03-16"))
        .andExpect(jsonPath("$.answerDueOn").value("2026-05-04"))
        .andExpect(jsonPath("$.complainant.phone").value("06 12 34 56 78"))
        .andExpect(jsonPath("$.complainant.email").value(nullValue()))
        .andExpect(jsonPath("$.complainant.isClient").value(nullValue()));
    submit(PHONE_CALL.replace("\"PHONE\"", "\"COUNTER\"").replace("{\"firm\"", "{\"sentOn\": \"2026-03-02\", \"firm\""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.channel").value("COUNTER"))
        .andExpect(jsonPath("$.sentOn").value("2026-03-02"))
        .andExpect(jsonPath("$.answerDueOn").value("2026-05-02"));
  }

  @Test
  void anOralComplaintNeedsAWayToReachTheClientAndAWrittenOneStillAnAddress() throws Exception {
    long before = complaints.count();

    expectInvalid(PHONE_CALL.replace(", \"phone\": \"06 12 34 56 78\"", ""), "complainant", "needs a phone, an email or a postalAddress");
    expectInvalid(PHONE_CALL.replace("\"PHONE\"", "\"POST\""), "complainant", "needs an email or a postalAddress");
    expectInvalid(PHONE_CALL.replace("\"PHONE\"", "\"EMAIL\""), "complainant", "needs an email or a postalAddress");

    assertThat(complaints.count()).isEqualTo(before);
  }

  private void expectInvalid(String body, String field, String message) throws Exception {
    submit(body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message", hasItem(containsString(message))));
  }
}
