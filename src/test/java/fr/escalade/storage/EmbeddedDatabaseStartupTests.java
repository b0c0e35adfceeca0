package fr.escalade.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The startup's open and close of a database a crash left with a transaction in flight. That the
 * application then reads ENUM columns as names (H2 2.3 reads them as numbers in the first session
 * after a crash of the running application) is shown on the packaged application by
 * {@link CrashDurabilityIT}; this in-process crash does not reproduce H2's fault.
 */
class EmbeddedDatabaseStartupTests {

  @TempDir Path folder;

  @Test
  void theStartupRecoversADatabaseLeftWithATransactionInFlight() throws Exception {
    String url = crashWithATransactionInFlight();
    EmbeddedDatabaseStartup startup = new EmbeddedDatabaseStartup();
    startup.setEnvironment(new MockEnvironment().withProperty("spring.datasource.url", url));
    startup.postProcessBeanFactory(null);
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertThat(channelOfComplaint(connection)).isEqualTo("POST");
      assertThat(count(connection)).as("the interrupted registration is rolled back, the committed one kept").isEqualTo(2);
    }
  }

  @Test
  void onlyADatabaseOnDiskThatClosesWithItsLastConnectionIsReopened() {
    assertThat(EmbeddedDatabaseStartup.isH2OnDisk("jdbc:h2:durable:./data/escalade;WRITE_DELAY=0")).isTrue();
    assertThat(EmbeddedDatabaseStartup.isH2OnDisk("jdbc:h2:file:./data/escalade")).isTrue();
    assertThat(EmbeddedDatabaseStartup.isH2OnDisk("jdbc:h2:mem:escalade-test;DB_CLOSE_DELAY=-1")).isFalse();
    assertThat(EmbeddedDatabaseStartup.isH2OnDisk("jdbc:h2:tcp://db/escalade")).isFalse();
    assertThat(EmbeddedDatabaseStartup.isH2OnDisk("jdbc:postgresql://db/escalade")).isFalse();
  }

  /**
   * Leaves a database whose file holds an uncommitted registration and update, as a kill -9 does:
   * another connection's commit writes them, then the database stops without closing.
   */
  private String crashWithATransactionInFlight() throws SQLException {
    DurableFileSystem.register();
    String url = "jdbc:h2:durable:" + folder.resolve("escalade") + ";WRITE_DELAY=0";
    try (Connection committed = DriverManager.getConnection(url, "sa", "");
        Connection inFlight = DriverManager.getConnection(url, "sa", "")) {
      Statement statement = committed.createStatement();
      statement.execute("create table complaint(reference varchar(20) primary key, channel enum('EMAIL', 'POST', 'PHONE'))");
      statement.execute("insert into complaint values ('REC-2026-000001', 'POST')");
      inFlight.setAutoCommit(false);
      inFlight.createStatement().execute("update complaint set channel = 'PHONE' where reference = 'REC-2026-000001'");
      inFlight.createStatement().execute("insert into complaint values ('REC-2026-000003', 'EMAIL')");
      statement.execute("insert into complaint values ('REC-2026-000002', 'EMAIL')");
      statement.execute("shutdown immediately");
    } catch (SQLException closedByTheShutdown) {
      // the in-flight connection is gone with the database, as it would be with the process
    }
    return url;
  }

  private static String channelOfComplaint(Connection connection) throws SQLException {
    try (ResultSet rows =
        connection.createStatement().executeQuery("select channel from complaint where reference = 'REC-2026-000001'")) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  private static int count(Connection connection) throws SQLException {
    try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from complaint")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
