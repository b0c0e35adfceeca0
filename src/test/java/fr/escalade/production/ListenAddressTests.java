package fr.escalade.production;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/** The embedded default, with its demo users, listens on this machine only; production where it is told. */
class ListenAddressTests {

  private static StandardEnvironment configuration(String... profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(), new DefaultBootstrapContext(), profiles);
    return environment;
  }

  @Test
  void theEmbeddedDefaultListensOnTheLoopbackAddress() {
    assertThat(configuration().getProperty("server.address")).isEqualTo("127.0.0.1");
  }

  @Test
  void thePostgresProfileKeepsEveryInterface() {
    assertThat(configuration("postgres").getProperty("server.address")).isNull();
  }
}
