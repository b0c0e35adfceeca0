package fr.escalade.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A client trickling a form body holds a server thread for the body's deadline (3 s in the tests),
 * not for as long as it likes; and one address may only have so many bodies being read at once.
 */
@EscaladeSpringTest
class BodyReadDeadlineTests {

  @LocalServerPort int port;
  @Autowired ServletWebServerApplicationContext context;
  @Autowired TestRestTemplate http;

  @Test
  void aBodyTrickledPastTheDeadlineGetsATimeoutAndTheConnectionIsClosed() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /reclamation/asekkey HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      Thread trickle = new Thread(() -> {
        try {
          for (int i = 0; i < 200; i++) {
            Thread.sleep(250);
            out.write('a');
            out.flush();
          }
        } catch (Exception closed) {
          // the server hung up: what the test waits for
        }
      });
      trickle.setDaemon(true);
      trickle.start();

      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertThat(in.readLine()).startsWith("HTTP/1.1 408");
      while (in.readLine() != null) {
        // to the end: the server closes the connection rather than reading the rest at the client's pace
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void theWebappsLoginStillReadsItsFormOnceTheBodyIsInMemory() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies =
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(cookie -> cookie.split(";", 2)[0]).toList();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    cookies.forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
    cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .forEach(cookie -> headers.add("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length())));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "marc");
    form.add("password", "marc");

    ResponseEntity<String> login =
        http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers), String.class);

    assertThat(login.getStatusCode().value()).isEqualTo(200);
    assertThat(login.getBody()).contains("\"userId\":\"marc\"");
  }

  @Test
  void tomcatWaitsTenSecondsAtMostForAClientsNextBytes() {
    Object timeout = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProperty("connectionTimeout");

    assertThat(timeout).isEqualTo(10_000);
  }

  @Test
  void oneAddressMayHaveOnlySoManyBodiesReadAtOnce() throws Exception {
    BodyReadDeadline filter = new BodyReadDeadline(Duration.ofSeconds(10), 1024, 2);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch reading = new CountDownLatch(2);
    Thread[] slow = new Thread[2];
    for (int i = 0; i < 2; i++) {
      MockHttpServletRequest request = stalled("2001:db8:5:6::" + (i + 1), reading, release);
      slow[i] = new Thread(() -> {
        try {
          filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {});
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      slow[i].start();
    }
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

    MockHttpServletResponse third = new MockHttpServletResponse();
    filter.doFilter(post("2001:db8:5:6::99"), third, (req, res) -> {});
    MockHttpServletResponse elsewhere = new MockHttpServletResponse();
    filter.doFilter(post("192.0.2.44"), elsewhere, (req, res) -> {});

    release.countDown();
    for (Thread thread : slow) {
      thread.join(10_000);
    }
    assertThat(third.getStatus()).as("a third body from the same /64").isEqualTo(429);
    assertThat(elsewhere.getStatus()).isEqualTo(200);
    MockHttpServletResponse later = new MockHttpServletResponse();
    filter.doFilter(post("2001:db8:5:6::99"), later, (req, res) -> {});
    assertThat(later.getStatus()).as("once the others are read").isEqualTo(200);
  }

  private static MockHttpServletRequest post(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/reclamation/asekkey");
    request.setRemoteAddr(address);
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent("name=A".getBytes(StandardCharsets.UTF_8));
    return request;
  }

  /** A request whose body does not come until released. */
  private static MockHttpServletRequest stalled(String address, CountDownLatch reading, CountDownLatch release) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/reclamation/asekkey") {
      @Override
      public ServletInputStream getInputStream() {
        return new ServletInputStream() {
          @Override
          public int read() {
            reading.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return -1;
          }

          @Override
          public boolean isFinished() {
            return false;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {}
        };
      }
    };
    request.setRemoteAddr(address);
    return request;
  }
}
