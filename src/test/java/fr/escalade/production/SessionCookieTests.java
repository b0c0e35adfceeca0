package fr.escalade.production;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The embedded default's session cookie: out of scripts' reach; plain HTTP there, so not Secure. */
@EscaladeSpringTest
class SessionCookieTests {

  @Autowired TestRestTemplate http;

  @Test
  void theSessionCookieIsHttpOnly() {
    ResponseEntity<String> page = http.getForEntity("/rapports/connexion", String.class);

    String session =
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + page.getHeaders()));
    assertThat(session).containsIgnoringCase("; HttpOnly").doesNotContainIgnoringCase("; Secure");
  }
}
