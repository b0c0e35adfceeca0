package fr.escalade.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Lets one node at a time start on a shared PostgreSQL database. Start-up writes shared rows with a
 * "create when missing" check that is not safe against a node doing the same at the same moment:
 * the engine creates its schema (two nodes started together on an empty database: one died on
 * {@code duplicate key … pg_type}), the first administrator, the groups, tenants and Tasklist
 * filters. A session-level advisory lock, taken before the application context is built and let go
 * once every {@code ApplicationReadyEvent} listener has run, makes the second node wait and then
 * find everything there. A node killed while it holds the lock loses its connection, and with it
 * the lock. On H2 (one JVM per database file) there is nothing to wait for.
 *
 * <p>A run listener rather than a bean: it is the only hook that comes both before the process
 * engine is built and after all the ready event's listeners have finished.
 */
public class ClusterStartupLock implements SpringApplicationRunListener, Ordered {

  private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);

  /** Any number of our own; no other application takes advisory locks on Escalade's database. */
  static final long LOCK_KEY = 0x45_53_43_41_4C_41_44_45L; // "ESCALADE"

  /** A start-up takes a minute or two; a holder this slow has hung, and an operator must look. */
  static final Duration WAIT_AT_MOST = Duration.ofMinutes(10);

  private Connection holder;

  public ClusterStartupLock(SpringApplication application, String[] arguments) {}

  @Override
  public void contextPrepared(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    String url = environment.getProperty("spring.datasource.url");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try {
      holder =
          DriverManager.getConnection(
              url, environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
      try (Statement statement = holder.createStatement()) {
        statement.execute("set lock_timeout = '" + WAIT_AT_MOST.toSeconds() + "s'");
        log.info("Waiting for other nodes to finish starting on this database");
        statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
      }
    } catch (SQLException e) {
      release();
      throw new IllegalStateException(
          "Could not take the start-up lock on " + url + " (another node starting for more than " + WAIT_AT_MOST
              + ", or the database unreachable): " + e.getMessage(),
          e);
    }
  }

  @Override
  public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
    release();
  }

  @Override
  public void failed(ConfigurableApplicationContext context, Throwable exception) {
    release();
  }

  private void release() {
    if (holder == null) {
      return;
    }
    try {
      // closing the session lets go of its advisory locks
      holder.close();
    } catch (SQLException e) {
      log.warn("Could not close the start-up lock's connection: {}", e.getMessage());
    }
    holder = null;
  }

  @Override
  public int getOrder() {
    // after Spring Boot's own run listener (order 0), whose ready() runs the ready event's listeners
    return 1;
  }
}
