package fr.escalade.register;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Lets Flyway take an existing database as version 1 only when it holds a register: baselining
 * exists for the register an earlier version created with {@code ddl-auto}. Any other non-empty
 * schema (the engine's tables alone, another application's) would be taken as version 1 without
 * the register's tables, and the next migrations would fail half-way; it is refused by name first.
 */
@Component
class BaselineGuard implements Callback {

  static final String REGISTER_TABLE = "complaint";

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_BASELINE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      if (!holdsARegister(context.getConnection())) {
        throw new FlywayException(
            "The database is not empty but holds no register (no table '" + REGISTER_TABLE + "'): Escalade"
                + " takes an existing database as version 1 only when an earlier Escalade wrote it. Use an"
                + " empty database, or the one Escalade used before.");
      }
    } catch (SQLException e) {
      throw new FlywayException("Could not read the database's tables before baselining it", e);
    }
  }

  private static boolean holdsARegister(Connection connection) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        if (REGISTER_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String getCallbackName() {
    return "register baseline guard";
  }
}
