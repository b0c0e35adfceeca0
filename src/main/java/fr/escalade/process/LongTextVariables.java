package fr.escalade.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Room for the complaint's longest texts in the engine's variables. Camunda creates its variable
 * columns as {@code varchar(4000)}, but a complaint's description may run to 10,000 characters and the
 * reasoned answer or the mediator's file to 20,000: such a complaint could not be registered (a 500)
 * and such an answer could not be completed. The three columns a text variable is written to are
 * widened, once, after the engine has created or checked its tables; widening a {@code varchar} keeps
 * every value and, on PostgreSQL, rewrites nothing.
 */
@Component
public class LongTextVariables extends AbstractProcessEnginePlugin {

  /** The longest text a process variable holds: the longest free text a form or the API accepts. */
  public static final int MAX_LENGTH = 20_000;

  static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL");

  private static final Logger log = LoggerFactory.getLogger(LongTextVariables.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      boolean postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      for (String table : TABLES) {
        int length = textLength(meta, connection.getSchema(), postgres ? table.toLowerCase(Locale.ROOT) : table, postgres ? "text_" : "TEXT_");
        if (length >= 0 && length < MAX_LENGTH) {
          try (Statement statement = connection.createStatement()) {
            statement.execute(
                "alter table " + table + " alter column TEXT_ " + (postgres ? "type" : "set data type") + " varchar(" + MAX_LENGTH + ")");
          }
          log.info("{}.TEXT_ widened from {} to {} characters", table, length, MAX_LENGTH);
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not make room for long text variables: " + e.getMessage(), e);
    }
  }

  /** The column's length, or -1 when the table is absent (history tables at history level none). */
  private static int textLength(DatabaseMetaData meta, String schema, String table, String column) throws SQLException {
    // the engine's own schema: another one on the same server (a restored copy) must not answer for it
    try (ResultSet columns = meta.getColumns(null, schema, table, column)) {
      return columns.next() ? columns.getInt("COLUMN_SIZE") : -1;
    }
  }
}
