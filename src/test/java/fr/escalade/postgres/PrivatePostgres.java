package fr.escalade.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A PostgreSQL server of the tests' own, on a free loopback port, in a temporary directory: started
 * once per test run by the first class that uses it, stopped when the run ends. It runs the
 * machine's PostgreSQL binaries ({@code /usr/lib/postgresql/<version>/bin}, or {@code PG_BIN}); as
 * root it runs them as the {@code postgres} user, since PostgreSQL refuses to run as root. On a
 * machine without PostgreSQL the classes that use it are skipped with a message.
 *
 * <p>Use it with {@code @ExtendWith(PrivatePostgres.class)} and a {@code PrivatePostgres} parameter
 * (constructor, {@code @BeforeAll} or test method), then {@link #createDatabase(String)} for a
 * database of one's own and its JDBC URL.
 */
public final class PrivatePostgres implements BeforeAllCallback, ParameterResolver {

  public static final String USER = "postgres";
  public static final String PASSWORD = "private-postgres-for-tests";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrivatePostgres.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Server.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  /** The run's server, started on first use; skips the calling class when the machine has none. */
  public static Server server(ExtensionContext context) {
    Optional<Path> binaries = binaries();
    if (binaries.isEmpty()) {
      String why =
          "No PostgreSQL on this machine (looked in $PG_BIN and /usr/lib/postgresql/*/bin): "
              + context.getRequiredTestClass().getSimpleName()
              + " is skipped; install Debian's postgresql package to run it";
      // Surefire counts a class skipped before its first test as no test at all: say it on the console
      System.err.println("[WARNING] " + why);
      Assumptions.abort(why);
    }
    // the root store lives as long as the run: the server is started once and closed at its end
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Server.class, key -> Server.start(binaries.get()), Server.class);
  }

  static Optional<Path> binaries() {
    String configured = System.getenv("PG_BIN");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")));
    }
    Path installed = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(installed)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing(PrivatePostgres::versionOf));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int versionOf(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  /** A running server: JDBC URLs of its databases, as the superuser {@link #USER}. */
  public static final class Server implements ExtensionContext.Store.CloseableResource {

    private final Path bin;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread stopOnExit = new Thread(this::stop, "private-postgres-stop");
    private boolean stopped;

    private Server(Path bin, Path directory, int port, boolean asPostgresUser) {
      this.bin = bin;
      this.directory = directory;
      this.port = port;
      this.asPostgresUser = asPostgresUser;
    }

    static Server start(Path bin) {
      try {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("escalade-postgres-");
        if (root) {
          UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
          Files.setOwner(directory, postgres);
        }
        Server server = new Server(bin, directory, freePort(), root);
        Runtime.getRuntime().addShutdownHook(server.stopOnExit);
        server.initAndStart();
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the tests' PostgreSQL server", e);
      }
    }

    private void initAndStart() throws IOException {
      Path passwordFile = directory.resolve("password");
      Files.writeString(passwordFile, PASSWORD, StandardCharsets.UTF_8);
      own(passwordFile);
      run(
          bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "--pwfile=" + passwordFile,
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
      // a throwaway server: durability of its files across a machine crash is of no use to a test,
      // and fsync on a shared two-core machine is slow
      run(
          bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", directory.resolve("server.log").toString(),
          "-w", "-t", "60",
          "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
          "start");
    }

    /** Creates the database when it does not exist yet, and returns its JDBC URL. */
    public String createDatabase(String name) {
      if (!name.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException("a plain lower-case database name, not " + name);
      }
      try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
          Statement statement = connection.createStatement()) {
        var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
        if (!exists.next()) {
          statement.execute("create database " + name);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create database " + name + " on the tests' PostgreSQL", e);
      }
      return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
      return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
      return port;
    }

    public String user() {
      return USER;
    }

    public String password() {
      return PASSWORD;
    }

    @Override
    public void close() {
      stop();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running or has run: nothing left to undo
      }
    }

    private synchronized void stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      try {
        run(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop");
      } catch (RuntimeException | IOException e) {
        System.err.println("Could not stop the tests' PostgreSQL in " + directory + ": " + e.getMessage());
        return;
      }
      deleteRecursively(directory);
    }

    private Path data() {
      return directory.resolve("data");
    }

    private void own(Path file) throws IOException {
      if (asPostgresUser) {
        Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER));
      }
    }

    private void run(String... command) throws IOException {
      List<String> line = new ArrayList<>();
      if (asPostgresUser) {
        line.addAll(List.of("runuser", "-u", USER, "--"));
      }
      line.addAll(List.of(command));
      Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true).start();
      try {
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished || process.exitValue() != 0) {
          process.destroyForcibly();
          String log = Files.exists(directory.resolve("server.log")) ? Files.readString(directory.resolve("server.log")) : "";
          throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output + "\n" + log);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running " + line, e);
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      }
    }

    private static void deleteRecursively(Path directory) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (IOException e) {
        System.err.println("Could not delete " + directory + ": " + e.getMessage());
      }
    }
  }
}
