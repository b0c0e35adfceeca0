package fr.escalade.system;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database from any other failure: the first is worth retrying in a
 * moment (a 503 with {@code Retry-After}), the second is a fault (a 500). The engine and Hibernate
 * wrap the driver's and the pool's exceptions in their own, so the whole chain of causes is read.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before trying again: Hikari gives up on a connection in 5. */
  public static final int RETRY_AFTER_SECONDS = 30;

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          // Hikari's "Connection is not available, request timed out" is a SQLTransientConnectionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        // SQLSTATE class 08: connection exception, whatever the driver's exception class
        return true;
      }
    }
    return false;
  }
}
