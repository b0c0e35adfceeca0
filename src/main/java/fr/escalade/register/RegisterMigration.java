package fr.escalade.register;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration of the register written in Java (a Spring bean, so Flyway's Spring Boot integration
 * finds it), with its version and description; each runs in its own transaction.
 */
abstract class RegisterMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;

  RegisterMigration(String version, String description) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
