package fr.escalade.register;

import fr.escalade.firm.Mediators;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 8: each complaint records the mediator it goes to. The complaints registered before
 * go to their firm's default mediator as configured now (the only one letters could name until
 * then), those of a firm no longer configured to {@code escalade.default-mediator}. Java rather than
 * SQL because that default is configuration, not schema.
 */
@Component
class MediatorColumnMigration extends RegisterMigration {

  private final Mediators mediators;

  MediatorColumnMigration(Mediators mediators) {
    super("8", "complaint mediator");
    this.mediators = mediators;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement sql = connection.createStatement()) {
      sql.executeUpdate("alter table complaint add column mediator varchar(40)");
    }
    Set<String> firms = new java.util.TreeSet<>();
    try (Statement sql = connection.createStatement();
        var rows = sql.executeQuery("select distinct firm from complaint")) {
      while (rows.next()) {
        firms.add(rows.getString(1));
      }
    }
    try (PreparedStatement backfill = connection.prepareStatement("update complaint set mediator = ? where firm = ?")) {
      for (String firm : firms) {
        backfill.setString(1, mediators.defaultIdFor(firm));
        backfill.setString(2, firm);
        backfill.executeUpdate();
      }
    }
    try (Statement sql = connection.createStatement()) {
      sql.executeUpdate("alter table complaint alter column mediator set not null");
    }
  }
}
