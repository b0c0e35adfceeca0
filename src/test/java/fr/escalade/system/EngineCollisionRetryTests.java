package fr.escalade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** How {@link EngineCollisions} retries: each attempt a transaction of its own, a collision only, a bounded number of times. */
class EngineCollisionRetryTests {

  private final CountingTransactions transactions = new CountingTransactions();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final EngineCollisions collisions = new EngineCollisions(transactions, meters);

  @Test
  void anActionThatMetATimerIsRedoneInANewTransactionUntilItGoesThrough() {
    AtomicInteger attempts = new AtomicInteger();

    String result = collisions.inOneTransaction(() -> {
      if (attempts.incrementAndGet() < 3) {
        throw new OptimisticLockingException("ENGINE-03005 UPDATE ExecutionEntity failed");
      }
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(3);
    assertThat(transactions.begun).hasValue(3);
    assertThat(transactions.rolledBack).hasValue(2);
    assertThat(transactions.committed).hasValue(1);
    assertThat(meters.counter("escalade.engine.collisions", "outcome", "retried").count()).isEqualTo(2);
  }

  @Test
  void aCollisionAtEveryAttemptGivesUpAfterFiveWithNothingCommitted() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> collisions.inOneTransaction(() -> {
          attempts.incrementAndGet();
          // the register's @Version, wrapped as the engine wraps a delegate's failure
          throw new ProcessEngineException("delegate failed", new ObjectOptimisticLockingFailureException("Complaint", 7L));
        }))
        .isInstanceOf(EngineCollisions.Collision.class);

    assertThat(attempts).hasValue(EngineCollisions.ATTEMPTS);
    assertThat(transactions.committed).hasValue(0);
    assertThat(meters.counter("escalade.engine.collisions", "outcome", "refused").count()).isEqualTo(1);
  }

  @Test
  void anyOtherFailureIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> collisions.inOneTransaction(() -> {
          attempts.incrementAndGet();
          throw new ConflictException("Complaint REC-2026-000001 is closed: there is nothing left to withdraw.");
        }))
        .isInstanceOf(ConflictException.class);

    assertThat(attempts).hasValue(1);
    assertThat(transactions.rolledBack).hasValue(1);
  }

  @Test
  void aDeadlockOrSerializationFailureTheDatabaseBrokeIsACollision() {
    assertThat(EngineCollisions.causedBy(new RuntimeException(new java.sql.SQLException("deadlock detected", "40P01")))).isTrue();
    assertThat(EngineCollisions.causedBy(new RuntimeException(new java.sql.SQLException("Concurrent update", "90131")))).isTrue();
    assertThat(EngineCollisions.causedBy(new RuntimeException(new java.sql.SQLException("Value too long", "22001")))).isFalse();
  }

  /** A transaction manager that only counts. */
  private static final class CountingTransactions extends AbstractPlatformTransactionManager {

    final AtomicInteger begun = new AtomicInteger();
    final AtomicInteger committed = new AtomicInteger();
    final AtomicInteger rolledBack = new AtomicInteger();

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
      begun.incrementAndGet();
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      committed.incrementAndGet();
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
      rolledBack.incrementAndGet();
    }
  }
}
