package fr.escalade.register;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 2: gives a register that Hibernate created (ddl-auto, before migrations, baselined as
 * version 1) the column types of V1__register.sql. Hibernate stored long texts and PDFs as large
 * objects ({@code oid} on PostgreSQL, whose contents outlive a deleted row; CLOB/BLOB on H2) and
 * enumerations as H2 ENUM types (named "ENUM(…)" by its metadata); V1 has text, bytea and checked strings. On a register created by V1
 * there is nothing to change.
 */
@Component
class RegisterColumnTypes extends RegisterMigration {

  RegisterColumnTypes() {
    super("2", "register column types as V1 declares them");
  }

  record LongColumn(String table, String column, boolean text, boolean notNull) {}

  record EnumColumn(String table, String column, int length) {}

  static final List<LongColumn> LONG_COLUMNS =
      List.of(
          new LongColumn("letter", "body", true, true),
          new LongColumn("letter", "pdf", false, false),
          new LongColumn("idempotent_registration", "response_body", true, true));

  static final List<EnumColumn> ENUM_COLUMNS =
      List.of(
          new EnumColumn("complaint", "channel", 10),
          new EnumColumn("complaint", "outcome", 20),
          new EnumColumn("complaint", "status", 30),
          new EnumColumn("corrective_action", "status", 20),
          new EnumColumn("dysfunction", "category", 30),
          new EnumColumn("inbound_message", "outcome", 20),
          new EnumColumn("letter", "channel", 10),
          new EnumColumn("letter", "status", 10),
          new EnumColumn("letter", "type", 40));

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    try (Statement sql = connection.createStatement()) {
      for (LongColumn column : LONG_COLUMNS) {
        String type = typeOf(connection, column.table(), column.column());
        if (postgres && type.equals("oid")) {
          fromLargeObject(sql, column);
        } else if (!postgres && type.endsWith("LARGE OBJECT")) {
          sql.execute("alter table " + column.table() + " alter column " + column.column()
              + " set data type " + (column.text() ? "text" : "bytea"));
        }
      }
      for (EnumColumn column : ENUM_COLUMNS) {
        if (!postgres && typeOf(connection, column.table(), column.column()).startsWith("ENUM")) {
          sql.execute("alter table " + column.table() + " alter column " + column.column()
              + " set data type varchar(" + column.length() + ")");
        }
      }
    }
  }

  // copies each large object into a plain column, then frees it: dropping an oid column does not
  private static void fromLargeObject(Statement sql, LongColumn column) throws SQLException {
    String table = column.table();
    String name = column.column();
    String copy = name + "_copy";
    sql.execute("alter table " + table + " add column " + copy + " " + (column.text() ? "text" : "bytea"));
    sql.execute("update " + table + " set " + copy + " = "
        + (column.text() ? "convert_from(lo_get(" + name + "), 'UTF8')" : "lo_get(" + name + ")")
        + " where " + name + " is not null");
    sql.execute("select lo_unlink(" + name + ") from " + table + " where " + name + " is not null");
    sql.execute("alter table " + table + " drop column " + name);
    sql.execute("alter table " + table + " rename column " + copy + " to " + name);
    if (column.notNull()) {
      sql.execute("alter table " + table + " alter column " + name + " set not null");
    }
  }

  private static String typeOf(Connection connection, String table, String column) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    boolean upper = metadata.storesUpperCaseIdentifiers();
    try (ResultSet columns =
        metadata.getColumns(
            connection.getCatalog(), connection.getSchema(),
            upper ? table.toUpperCase(Locale.ROOT) : table, upper ? column.toUpperCase(Locale.ROOT) : column)) {
      return columns.next() ? columns.getString("TYPE_NAME") : "";
    }
  }
}
