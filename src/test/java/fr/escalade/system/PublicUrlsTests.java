package fr.escalade.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Links in letters, receipts and staff notices follow the server, never a request's headers: the tests'
 * context listens on a random port and sets no {@code escalade.public-url}, as someone trying Escalade on
 * another port would.
 */
@EscaladeSpringTest
class PublicUrlsTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  @LocalServerPort int port;
  @Autowired PublicUrls urls;
  @Autowired TestRestTemplate http;
  @Autowired LetterRepository letters;

  @Test
  void withNoRequestLinksCarryTheAddressAndPortTheServerTook() {
    assertThat(port).isNotEqualTo(8080);
    assertThat(urls.base()).as("letters written by timers and the job executor").isEqualTo("http://localhost:" + port);
    assertThat(urls.tasklist()).isEqualTo("http://localhost:" + port + "/camunda/app/tasklist/default/");
  }

  @Test
  void aClientFilingOnThePublicPageIsSentALinkToTheServerItReached() {
    ResponseEntity<String> form = http.getForEntity("/reclamation/asekkey", String.class);
    Matcher token = CSRF.matcher(form.getBody());
    assertThat(token.find()).as("the form's CSRF token").isTrue();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.split(";", 2)[0]));
    String name = "Lien " + UUID.randomUUID().toString().substring(0, 8);
    MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
    fields.add("_csrf", token.group(1) != null ? token.group(1) : token.group(2));
    fields.add("name", name);
    fields.add("email", "lien@example.fr");
    fields.add("client", "true");
    fields.add("subject", "Lien de suivi");
    fields.add("description", "Le lien de suivi doit mener à ce serveur.");
    fields.add("consent", "true");

    http.postForEntity("/reclamation/asekkey", new HttpEntity<>(fields, headers), String.class);

    JsonNode found = http.withBasicAuth("sophie", "sophie").getForObject("/api/complaints?q=" + name, JsonNode.class);
    String reference = found.get("items").get(0).get("reference").asText();
    assertThat(letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference))
        .filteredOn(letter -> letter.getType() == LetterType.SUBMISSION_COPY)
        .singleElement()
        .satisfies(letter -> assertThat(letter.getBody()).containsPattern("http://localhost:" + port + "/suivi/[A-Za-z0-9_-]{43}"));
  }

  @Test
  void aForgedHostHeaderNeverWritesALink() {
    MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/reclamation/asekkey");
    forged.setServerName("attacker.example");
    forged.addHeader(HttpHeaders.HOST, "attacker.example");
    forged.addHeader("X-Forwarded-Host", "attacker.example");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));
    try {
      assertThat(urls.base()).isEqualTo("http://localhost:" + port);
      assertThat(urls.tasklist()).startsWith("http://localhost:" + port + "/");
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  @Test
  void aConfiguredAddressWinsOverTheServersOwn() {
    PublicUrls behindAProxy = new PublicUrls("https://reclamations.example.fr/", "", "", "", 8080);
    assertThat(behindAProxy.base()).isEqualTo("https://reclamations.example.fr");
    assertThat(behindAProxy.tasklist()).isEqualTo("https://reclamations.example.fr/camunda/app/tasklist/default/");
    assertThat(new PublicUrls("", "https://intranet.example.fr/tasklist/", "10.0.0.5", "/escalade", 18080).base())
        .isEqualTo("http://10.0.0.5:18080/escalade");
    assertThat(new PublicUrls("", "", "127.0.0.1", "", 8080).base()).isEqualTo("http://localhost:8080");
    assertThat(new PublicUrls("", "", "2001:db8::5", "", 8080).base()).isEqualTo("http://[2001:db8::5]:8080");
  }
}
