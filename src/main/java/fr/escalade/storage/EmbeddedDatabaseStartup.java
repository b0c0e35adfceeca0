package fr.escalade.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.h2.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Readies the embedded H2 database before any bean is created, so before the data source opens it.
 *
 * <p>First it makes the {@code durable:} prefix of the URL known ({@link DurableFileSystem}). Then,
 * for a database on disk, it opens the database once and closes it. After a crash, opening rolls
 * back the transactions the crash interrupted, and H2 2.3 opens each table they touched for that
 * with value types that lack the ENUM columns' value lists: until the database is closed, every
 * read of such a table gets numbers where enum names belong (the register answered 500, "No enum
 * constant …Channel.2", until a second restart). Closing it after the rollback, before the
 * application reads anything, gives the application that second open.
 */
@Component
class EmbeddedDatabaseStartup implements BeanFactoryPostProcessor, EnvironmentAware {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStartup.class);

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    DurableFileSystem.register();
    String url = environment.getProperty("spring.datasource.url", "");
    if (!isH2OnDisk(url)) {
      return;
    }
    long started = System.nanoTime();
    // the last connection closed closes the database (no DB_CLOSE_DELAY in the URL), cleanly
    Properties credentials = new Properties();
    credentials.setProperty("user", environment.getProperty("spring.datasource.username", "sa"));
    credentials.setProperty("password", environment.getProperty("spring.datasource.password", ""));
    try (Connection recovery = Driver.load().connect(url, credentials)) {
      recovery.isValid(0);
    } catch (SQLException e) {
      throw new IllegalStateException("the embedded database at " + url + " cannot be opened", e);
    }
    log.info("Embedded database opened and closed before use in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  static boolean isH2OnDisk(String url) {
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:mem:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:")
        && !url.contains("DB_CLOSE_DELAY");
  }
}
