package fr.escalade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** Demo users with known passwords are announced, and only this machine can reach them. */
@EscaladeSpringTest
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersTests {

  @Autowired DemoUsers demoUsers;
  @Autowired ServletWebServerApplicationContext context;

  @Test
  void startUpWarnsInOneLineNamingTheDemoUsers(CapturedOutput output) {
    demoUsers.create();

    assertThat(output.getOut().lines().filter(line -> line.contains("Demo users exist")))
        .singleElement()
        .satisfies(line -> assertThat(line).contains(" WARN ").contains("claire, marc, sophie, demo"));
  }

  @Test
  void theEmbeddedDefaultListensOnTheLoopbackAddressOnly() {
    Object address = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProperty("address");

    assertThat(address).isInstanceOfSatisfying(InetAddress.class, bound -> assertThat(bound.isLoopbackAddress()).isTrue());
  }
}
