package fr.escalade.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.TestClockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests sharing an Idempotency-Key, sent at the same instant over real connections, register once. */
@EscaladeSpringTest
class IdempotencyUnderConcurrencyTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(REC-\\d{4}-\\d{6})\"");

  @LocalServerPort int port;
  @Autowired ComplaintRepository complaints;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  record Answer(int status, String reference) {}

  /** Sends every body at once, each on its own connection, with the one key. */
  private List<Answer> sendTogether(String key, List<String> bodies) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(bodies.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (String body : bodies) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/complaints"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("marc:marc".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        answers.add(threads.submit(() -> {
          start.await();
          HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
          Matcher reference = REFERENCE.matcher(response.body());
          return new Answer(response.statusCode(), reference.find() ? reference.group(1) : null);
        }));
      }
      start.countDown();
      List<Answer> result = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        result.add(answer.get());
      }
      return result;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void fourRequestsWithOneKeyAndOneBodyRegisterOneComplaintAndAllGetItsAnswer() throws Exception {
    long before = complaints.count();

    List<Answer> answers = sendTogether("same-" + System.nanoTime(), List.of(ComplaintApiTests.VALID, ComplaintApiTests.VALID,
        ComplaintApiTests.VALID, ComplaintApiTests.VALID));

    assertThat(answers).extracting(Answer::status).containsOnly(201);
    assertThat(answers).extracting(Answer::reference).doesNotContainNull().containsOnly(answers.get(0).reference());
    assertThat(complaints.count()).isEqualTo(before + 1);
  }

  @Test
  void tenRequestsWithOneKeyAndTwoBodiesRegisterOneComplaintAndTheOtherBodyIsAConflict() throws Exception {
    long before = complaints.count();
    String other = ComplaintApiTests.VALID.replace("Sinistre non indemnisé", "Autre objet");
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bodies.add(i % 2 == 0 ? ComplaintApiTests.VALID : other);
    }

    List<Answer> answers = sendTogether("mixed-" + System.nanoTime(), bodies);

    assertThat(complaints.count()).isEqualTo(before + 1);
    List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
    assertThat(created).hasSize(5).extracting(Answer::reference).containsOnly(created.get(0).reference());
    assertThat(answers.stream().filter(a -> a.status() == 409)).hasSize(5);
    // the five 201s all sent the same body: the winner's
    int firstCreated = answers.indexOf(created.get(0));
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i).status()).as("request %d", i).isEqualTo(i % 2 == firstCreated % 2 ? 201 : 409);
    }
  }
}
