package fr.escalade.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code durable:} prefix opens the database file for synchronous writes, and only that file. */
class DurableFileSystemTests {

  private static final int O_DSYNC = 010000;

  @TempDir Path folder;

  @BeforeAll
  static void register() {
    DurableFileSystem.register();
  }

  @Test
  void theDatabaseFileIsOpenedWithDsyncAndKeepsItsData() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "Linux shows open files' flags in /proc");
    Path database = folder.resolve("durable");
    String url = "jdbc:h2:durable:" + database + ";WRITE_DELAY=0";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("create table note(id int primary key, text varchar(20))");
      statement.execute("insert into note values (1, 'écrit')");
      assertThat(openFlags(folder.resolve("durable.mv.db")) & O_DSYNC).isNotZero();
    }
    try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
        ResultSet rows = connection.createStatement().executeQuery("select text from note where id = 1")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).as("the same file format, readable by H2's own tools").isEqualTo("écrit");
    }
  }

  @Test
  void aPlainFileUrlWritesThroughTheCacheWhichIsWhatTheCheckTellsApart() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "Linux shows open files' flags in /proc");
    try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("plain"), "sa", "")) {
      connection.createStatement().execute("create table note(id int primary key)");
      assertThat(openFlags(folder.resolve("plain.mv.db")) & O_DSYNC).isZero();
    }
  }

  /** The flags this JVM opened a file with, from /proc/self/fdinfo. */
  private static int openFlags(Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
      for (Path descriptor : descriptors.toList()) {
        try {
          if (!Files.readSymbolicLink(descriptor).equals(real)) {
            continue;
          }
        } catch (IOException closedMeanwhile) {
          continue;
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", descriptor.getFileName().toString()), StandardCharsets.UTF_8)) {
          if (line.startsWith("flags:")) {
            return Integer.parseInt(line.substring("flags:".length()).trim(), 8);
          }
        }
      }
    }
    throw new AssertionError(file + " is not open");
  }
}
