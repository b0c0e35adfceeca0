package fr.escalade.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request's action on a complaint in one transaction, the engine's and the register's changes
 * together, and runs it again when it met another transaction changing the same process or record: a
 * timer firing on the job executor, another person's request. Nothing of the failed attempt was
 * committed, so the next one redoes the whole action on what is now there (which may refuse it, a 409
 * of its own). After {@link #ATTEMPTS} attempts it gives up with a {@link Collision}: a 409 with
 * {@code Retry-After}, nothing recorded.
 */
@Component
public class EngineCollisions {

  /** Attempts at an action before the caller is asked to try again: a complaint has a handful of timers at most. */
  public static final int ATTEMPTS = 5;

  /** Seconds a caller should wait before trying again itself. */
  public static final int RETRY_AFTER_SECONDS = 1;

  /** The first pause between attempts; each doubles it, with as much again drawn at random. */
  static final long FIRST_BACKOFF_MILLIS = 20;

  private static final Logger log = LoggerFactory.getLogger(EngineCollisions.class);

  private final TransactionTemplate transaction;
  private final Counter retried;
  private final Counter refused;

  EngineCollisions(PlatformTransactionManager transactions, MeterRegistry meters) {
    this.transaction = new TransactionTemplate(transactions);
    this.retried = collisions(meters, "retried");
    this.refused = collisions(meters, "refused");
  }

  private static Counter collisions(MeterRegistry meters, String outcome) {
    return Counter.builder("escalade.engine.collisions")
        .description("Actions that met another transaction on the same complaint: retried, or refused with a 409")
        .tag("outcome", outcome)
        .register(meters);
  }

  /** The action's result, from the first attempt that did not collide; a {@link Collision} when none did. */
  public <T> T inOneTransaction(Supplier<T> action) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // the caller's transaction holds what was done before: only the caller may redo it all
      return action.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> action.get());
      } catch (RuntimeException failure) {
        if (!causedBy(failure)) {
          throw failure;
        }
        if (attempt == ATTEMPTS) {
          refused.increment();
          log.warn("Gave up after {} attempts, each meeting another transaction: {}", ATTEMPTS, failure.toString());
          throw new Collision(failure);
        }
        retried.increment();
        log.debug("Attempt {} met another transaction; trying again: {}", attempt, failure.toString());
        pause(attempt, failure);
      }
    }
  }

  public void inOneTransaction(Runnable action) {
    inOneTransaction(() -> {
      action.run();
      return null;
    });
  }

  private static void pause(int attempt, RuntimeException failure) {
    long base = FIRST_BACKOFF_MILLIS << (attempt - 1);
    try {
      Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Collision(failure);
    }
  }

  /**
   * Whether the failure is another transaction's change to the same rows, anywhere in its causes: the
   * engine's optimistic lock, the register's ({@code @Version}), a lock or deadlock the database broke.
   */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof Collision
          || cause instanceof OptimisticLockingException
          || cause instanceof ConcurrencyFailureException
          || cause instanceof OptimisticLockException
          || cause instanceof PessimisticLockException
          || cause instanceof LockTimeoutException
          || cause instanceof SQLTransactionRollbackException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          // class 40: transaction rollback (serialization failure, deadlock); H2's 90131: concurrent update
          && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("90131"))) {
        return true;
      }
    }
    return false;
  }

  /** An action that met another transaction at every attempt: nothing of it was recorded. */
  public static class Collision extends RuntimeException {

    Collision(Throwable cause) {
      super("The complaint was being changed at the same moment by a deadline or another person; nothing was recorded", cause);
    }
  }
}
