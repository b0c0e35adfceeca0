package fr.escalade.online;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Anonymous visits of the public pages keep nothing on the server: no session per visit to fill its memory.
 * A context of its own: spring-security-test's {@code csrf()}, used by MockMvc tests, swaps the shared
 * context's CSRF token repository for a session-backed one, for the real server too.
 */
@EscaladeSpringTest
@TestPropertySource(properties = "escalade.test.context=client-pages-session")
class ClientPagesSessionTests {

  @Autowired TestRestTemplate http;

  @Test
  void tenVisitsOfThePublicFormOpenNoSession() {
    for (int i = 0; i < 10; i++) {
      for (String page : new String[] {"/reclamation/asekkey", "/reclamation/almena", "/suivi/inconnu"}) {
        ResponseEntity<String> answer = http.getForEntity(page, String.class);
        assertThat(answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
            .as(page)
            .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
      }
    }
    // the form still carries its CSRF token, now from a cookie
    ResponseEntity<String> form = http.getForEntity("/reclamation/asekkey", String.class);
    assertThat(form.getBody()).contains("name=\"_csrf\"");
    assertThat(form.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).anyMatch(cookie -> cookie.startsWith("escalade-form-csrf="));
  }
}
