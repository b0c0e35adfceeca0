package fr.escalade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.identity.Roles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What a caller chooses is bounded, and what a caller types is checked, with a 400 that names the
 * field: dates, periods, pages, control characters; and a malformed engine address is no 500.
 */
@EscaladeSpringTest
class BadInputTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  static final String COMPLAINT =
      """
      {"firm": "asekkey", "channel": "EMAIL", "sentOn": "%s",
       "complainant": {"name": "%s", "email": "jeanne@example.fr", "isClient": true},
       "subject": "Sinistre non indemnisé", "description": "Trois relances sans réponse."}
      """;

  @Autowired MockMvc mvc;
  @Autowired ComplaintRepository complaints;
  @LocalServerPort int port;

  private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
      return r;
    });
  }

  private ResultActions register(String sentOn, String name) throws Exception {
    return mvc.perform(as("marc", post("/api/complaints").contentType(MediaType.APPLICATION_JSON)
        .content(COMPLAINT.formatted(sentOn, name))));
  }

  @Test
  void aSentDateCenturiesAgoOrBeyondTheCalendarIsRefusedNamingTheField() throws Exception {
    long before = complaints.count();
    for (String sentOn : new String[] {"0001-01-01", "-999999999-01-01", "2021-03-03"}) {
      register(sentOn, "Jeanne Dupont")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[*].field", hasItem("sentOn")));
    }
    assertThat(complaints.count()).isEqualTo(before);
    register("2021-03-04", "Jeanne Dupont").andExpect(status().isCreated());
  }

  @Test
  void aControlCharacterInAnyTextIsRefusedNamingTheField() throws Exception {
    register("2026-03-02", "Jeanne\\u0000 Dupont")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("complainant.name"))
        .andExpect(jsonPath("$.errors[0].message", containsString("control character")));
    register("2026-03-02", "Jeanne\\u001b Dupont").andExpect(status().isBadRequest());
    mvc.perform(as("sophie", get("/api/complaints").param("q", "Dup\u0000")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
    // tab and line breaks are what a description is made of
    mvc.perform(as("marc", post("/api/complaints").contentType(MediaType.APPLICATION_JSON)
            .content(COMPLAINT.formatted("2026-03-02", "Jeanne Dupont").replace("Trois relances", "Trois\\r\\n\\trelances"))))
        .andExpect(status().isCreated());
  }

  @Test
  void bidiOverridesAndZeroWidthCharactersAreRefusedNamingTheField() throws Exception {
    long before = complaints.count();
    for (String invisible : new String[] {"\\u202e", "\\u202a", "\\u2066", "\\u2069", "\\u200b", "\\u200f", "\\ufeff"}) {
      register("2026-03-02", "Jeanne" + invisible + " Dupont")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("complainant.name"))
          .andExpect(jsonPath("$.errors[0].message", containsString("bidi override")));
    }
    mvc.perform(as("marc", post("/api/complaints").contentType(MediaType.APPLICATION_JSON)
            .content(COMPLAINT.formatted("2026-03-02", "Jeanne Dupont").replace("Sinistre", "Sinistre\\u202egnp.exe"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("subject"));
    String page =
        mvc.perform(post("/reclamation/asekkey").with(csrf()).with(r -> {
                  r.setRemoteAddr("192.0.2.251");
                  return r;
                })
                .param("name", "Hélène Martin")
                .param("email", "helene.martin@example.fr")
                .param("client", "true")
                .param("subject", "Franchise\u2067 cachée")
                .param("description", "Une franchise qui n'est pas au contrat.")
                .param("consent", "true"))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();
    assertThat(HtmlUtils.htmlUnescape(page)).contains("Ce champ contient un caractère invisible");
    assertThat(complaints.count()).isEqualTo(before);
  }

  @Test
  void thePublicFormSaysInFrenchWhichFieldHasAControlCharacter() throws Exception {
    long before = complaints.count();
    String page =
        mvc.perform(post("/reclamation/asekkey").with(csrf()).with(r -> {
                  r.setRemoteAddr("192.0.2.250");
                  return r;
                })
                .param("name", "Hélène\u0000 Martin")
                .param("email", "helene.martin@example.fr")
                .param("client", "true")
                .param("subject", "Franchise")
                .param("description", "Une franchise qui n'est pas au contrat.")
                .param("consent", "true"))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();
    assertThat(HtmlUtils.htmlUnescape(page)).contains("Ce champ contient un caractère invisible");
    assertThat(complaints.count()).isEqualTo(before);
  }

  @Test
  void periodsAndPagesAreBoundedWithA400NamingTheParameter() throws Exception {
    mvc.perform(as("sophie", get("/api/reports/kpis?from=-999999999-01-01")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(as("sophie", get("/api/reports/kpis?from=2020-01-01&to=2026-03-01")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(as("sophie", get("/api/reports/kpis?from=2021-03-05&to=2026-03-04"))).andExpect(status().isOk());
    mvc.perform(as("sophie", get("/api/complaints?page=2147483647")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(as("sophie", get("/api/complaints?sentFrom=0001-01-01")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sentFrom"));
    mvc.perform(as("sophie", get("/api/register.csv?sentTo=+999999999-12-31")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sentTo"));
    mvc.perform(as("sophie", get("/api/complaints").param("q", "a ".repeat(200))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }

  @Test
  void theReportsPageRefusesAnUnboundedPeriodWithA400SayingWhichDate() throws Exception {
    String page =
        mvc.perform(get("/rapports?from=-999999999-01-01").with(user("sophie").authorities(() -> Roles.SUPERVISORS)))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();
    assertThat(HtmlUtils.htmlUnescape(page)).contains("« Du » : choisissez une date entre le 2000-01-01");
    mvc.perform(get("/rapports/registre.csv?from=2015-01-01&to=2026-01-01").with(user("sophie").authorities(() -> Roles.SUPERVISORS)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aMalformedEngineAddressIsAClientErrorWithoutAStackTrace() throws Exception {
    for (String path : new String[] {"/engine-rest;x/task", "/engine-rest/task;x", "/api;x/complaints", "/engine-rest%3Bx/task", "/engine-rest//task",
        "/camunda/api/%61dmin/auth/user/default/login/cockpit", "/engine-rest/%74ask"}) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
      assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "at java.");
    }
  }
}
