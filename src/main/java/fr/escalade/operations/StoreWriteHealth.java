package fr.escalade.operations;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes a write, part of readiness: a full disk leaves reads working (and the
 * {@code db} check, a {@code SELECT 1}, UP) while every complaint is refused. Each check rewrites
 * the one row of {@code store_probe}. When it fails, the pool's connections are replaced, so that a
 * store that closed itself on the failure (H2 does) is opened again once space is back, without a
 * restart. On the embedded H2 only, a store that still cannot write after {@code
 * escalade.health.store-restart-after} makes liveness fail too: the service manager restarts
 * Escalade, which is what brings a damaged embedded store back; a PostgreSQL server is not
 * repaired by restarting its clients.
 */
@Component("storeWriteHealthIndicator")
class StoreWriteHealth implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(StoreWriteHealth.class);

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final Clock clock;
  private volatile Instant failingSince;

  StoreWriteHealth(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public Health health() {
    try {
      jdbc.update("update store_probe set written_at = ? where id = 1", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      if (failingSince != null) {
        log.info("The database takes writes again (it could not since {})", failingSince);
        failingSince = null;
      }
      return Health.up().build();
    } catch (RuntimeException e) {
      if (failingSince == null) {
        failingSince = clock.instant();
        log.error("The database refuses writes: not ready until it takes one again ({})", e.toString());
      }
      renewConnections();
      return Health.down().withDetail("failingSince", failingSince.toString()).build();
    }
  }

  /** Since when writes fail; null while they succeed. */
  Instant failingSince() {
    return failingSince;
  }

  private void renewConnections() {
    HikariDataSource pool = dataSource instanceof HikariDataSource h ? h : unwrap();
    if (pool != null && pool.getHikariPoolMXBean() != null) {
      pool.getHikariPoolMXBean().softEvictConnections();
    }
  }

  private HikariDataSource unwrap() {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    } catch (java.sql.SQLException e) {
      return null;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Liveness {

    /** Part of liveness (application.yaml): DOWN once an embedded store has refused writes too long. */
    @Bean("storeRestartHealthIndicator")
    HealthIndicator storeRestart(
        StoreWriteHealth store,
        Clock clock,
        @Value("${spring.datasource.url:}") String url,
        @Value("${escalade.health.store-restart-after:5m}") Duration after) {
      boolean embedded = url.startsWith("jdbc:h2:");
      return () -> {
        Instant since = store.failingSince();
        boolean stuck = embedded && since != null && Duration.between(since, clock.instant()).compareTo(after) > 0;
        return stuck ? Health.down().withDetail("failingSince", since.toString()).build() : Health.up().build();
      };
    }
  }
}
