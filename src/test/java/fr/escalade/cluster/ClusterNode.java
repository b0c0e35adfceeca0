package fr.escalade.cluster;

import java.io.IOException;
import java.net.InetAddress;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of a cluster: the packaged jar in a JVM of its own with the {@code postgres} profile,
 * configured by the environment variables README.md lists, as an operator starts it. Each node has
 * its own HTTP port; all share the database and the SMTP server.
 */
final class ClusterNode implements AutoCloseable {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);

  private final String name;
  private final Path jar;
  private final Path workingDirectory;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;
  private Process process;

  ClusterNode(String name, Path jar, Path workingDirectory, Map<String, String> environment, List<String> arguments)
      throws IOException {
    this.name = name;
    this.jar = jar;
    this.workingDirectory = workingDirectory;
    this.environment = environment;
    this.arguments = arguments;
    this.port = freePort();
  }

  String name() {
    return name;
  }

  /** Launches the JVM without waiting; {@link #awaitReady} waits for its API. */
  void launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    // a quicker start on a busy machine; nothing here changes how the nodes share their work
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--spring.profiles.active=postgres");
    command.add("--server.port=" + port);
    // the tests read back every complaint they registered, one by one, as one user
    command.add("--escalade.api.complaint-reads-per-minute=1000000");
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log().toFile());
    builder.environment().putAll(environment);
    process = builder.start();
  }

  void awaitReady(String user, String password) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        // an unknown reference: a 404 says the API and its database answer
        if (get("/api/complaints/REC-0000-000000", user, password).statusCode() == 404) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not answer within " + STARTUP_TIMEOUT + ":\n" + tail());
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL on Linux: no shutdown hook, no clean close of connections or jobs. */
  void killHard() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " survived a kill");
    }
  }

  HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String user, String password, String json)
      throws IOException, InterruptedException {
    return http.send(
        request(path, user, password)
            .header("Content-Type", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
  }

  Path log() {
    return workingDirectory.resolve(name + ".log");
  }

  String tail() throws IOException {
    if (!Files.exists(log())) {
      return "";
    }
    List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (isAlive()) {
      killHard();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
