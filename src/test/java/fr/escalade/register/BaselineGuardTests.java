package fr.escalade.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/** Flyway baselines an existing database only when an earlier Escalade wrote its register. */
class BaselineGuardTests {

  private static Flyway flyway(String url) {
    return Flyway.configure()
        .dataSource(url, "sa", "")
        .baselineOnMigrate(true)
        .baselineVersion("1")
        .callbacks(new BaselineGuard())
        // only the baseline is looked at here: no migration to apply after it
        .locations("classpath:fr/escalade/register/no-migrations")
        .load();
  }

  private static void create(String url, String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      connection.createStatement().execute("create table " + table + " (id bigint primary key)");
    }
  }

  @Test
  void aDatabaseWithoutARegisterIsNotTakenAsVersionOne() throws SQLException {
    String url = "jdbc:h2:mem:baseline-other;DB_CLOSE_DELAY=-1";
    create(url, "act_ge_property");

    assertThatThrownBy(() -> flyway(url).migrate())
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("holds no register (no table 'complaint')");
  }

  @Test
  void aRegisterAnEarlierVersionWroteIsTakenAsVersionOne() throws SQLException {
    String url = "jdbc:h2:mem:baseline-register;DB_CLOSE_DELAY=-1";
    create(url, "complaint");

    flyway(url).migrate();

    assertThat(flyway(url).info().current().getVersion().getVersion()).isEqualTo("1");
  }
}
