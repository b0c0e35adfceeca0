package fr.escalade.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** A store that reads but cannot write (a full disk) is not ready; an embedded one stuck so is restarted. */
class StoreWriteHealthTests {

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-08T10:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  final StoreWriteHealth store = new StoreWriteHealth(jdbc, mock(DataSource.class), clock);

  private HealthIndicator liveness(String url) {
    return new StoreWriteHealth.Liveness().storeRestart(store, clock, url, Duration.ofMinutes(5));
  }

  private void diskFull(boolean full) {
    if (full) {
      when(jdbc.update(anyString(), any(Object[].class)))
          .thenThrow(new DataAccessResourceFailureException("IO Exception: No space left on device [90031]"));
    } else {
      when(jdbc.update(anyString(), any(Object[].class))).thenReturn(1);
    }
  }

  @Test
  void readinessGoesDownWhileWritesFailAndUpWhenTheyPassAgainWithoutARestart() {
    diskFull(false);
    assertThat(store.health().getStatus()).isEqualTo(Status.UP);

    diskFull(true);
    assertThat(store.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(store.health().getDetails()).containsKey("failingSince");

    diskFull(false);
    assertThat(store.health().getStatus()).isEqualTo(Status.UP);
    assertThat(store.failingSince()).isNull();
  }

  @Test
  void anEmbeddedStoreThatCannotWriteForFiveMinutesFailsLivenessSoTheServiceManagerRestartsIt() {
    HealthIndicator h2 = liveness("jdbc:h2:durable:./data/escalade");
    HealthIndicator postgres = liveness("jdbc:postgresql://db/escalade");
    diskFull(true);
    store.health();

    now.set(now.get().plus(Duration.ofMinutes(4)));
    store.health();
    assertThat(h2.health().getStatus()).isEqualTo(Status.UP);

    now.set(now.get().plus(Duration.ofMinutes(2)));
    store.health();
    assertThat(h2.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(postgres.health().getStatus()).as("a server is not repaired by restarting its clients").isEqualTo(Status.UP);

    diskFull(false);
    store.health();
    assertThat(h2.health().getStatus()).isEqualTo(Status.UP);
  }
}
