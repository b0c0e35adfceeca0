package fr.escalade.storage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jar that {@code ./mvnw package} builds, run as a separate JVM in a working folder of its own,
 * so that its default {@code ./data} database lives there: the test sees what an office sees when
 * it runs {@code java -jar}. Every port it opens is a free one, so parallel builds do not collide.
 */
final class PackagedApplication implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(150);

  private final Path jar;
  private final Path workingDirectory;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int port;
  private int starts;

  PackagedApplication(Path jar, Path workingDirectory) {
    this.jar = jar;
    this.workingDirectory = workingDirectory;
  }

  /** Starts the jar on fresh free ports and waits until its API answers. */
  void start() throws IOException, InterruptedException {
    port = freePort();
    starts++;
    Path log = workingDirectory.resolve("application-" + starts + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    // a quicker start on a busy machine; nothing here changes how the application stores its data
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.add("--spring.mail.port=" + freePort());
    command.add("--escalade.mail.embedded-imap-port=" + freePort());
    command.add("--escalade.public-url=http://localhost:" + port);
    // the tests read back every complaint they registered, one by one, as one user
    command.add("--escalade.api.complaint-reads-per-minute=1000000");
    process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + tail(log));
      }
      try {
        // an unknown reference: a 404 says the API and its database answer, and reads no stored row
        if (get("/api/complaints/REC-0000-000000", "marc").statusCode() == 404) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the application did not answer within " + STARTUP_TIMEOUT + ":\n" + tail(log));
  }

  /** SIGKILL on Linux: no shutdown hook, no clean close of the database. */
  void killHard() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the application survived a kill");
    }
  }

  long pid() {
    return process.pid();
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String user, String json) throws IOException, InterruptedException {
    return http.send(
        request(path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      killHard();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
