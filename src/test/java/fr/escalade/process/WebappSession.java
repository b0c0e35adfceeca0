package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session in Camunda's webapps, as Tasklist's scripts hold it: signed in, with its XSRF token. */
final class WebappSession {

  private final int port;
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private String xsrf;

  private WebappSession(int port) {
    this.port = port;
  }

  /** Signed in to {@code app} (tasklist, cockpit) as a demo user, whose password is their id. */
  static WebappSession signedIn(int port, String user, String app) throws Exception {
    WebappSession session = new WebappSession(port);
    session.get("/camunda/app/" + app + "/default/");
    HttpResponse<String> login =
        session.send(
            HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // a new session after the login: the page hands out its token, as the webapp reloads it
    session.get("/camunda/app/" + app + "/default/");
    return session;
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> postJson(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .ifPresent(token -> xsrf = token);
    return response;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
