package fr.escalade.production;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code postgres} profile without its environment contract (README.md):
 * there, nothing falls back to a default address, account or password. It runs before any bean,
 * so that no administrator is ever created with a weak password and no link is built to localhost.
 */
public class ProductionEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String PROFILE = "postgres";

  static final List<String> REQUIRED =
      List.of(
          "POSTGRES_URL", "POSTGRES_USER", "POSTGRES_PASSWORD",
          "ESCALADE_ADMIN_USER", "ESCALADE_ADMIN_PASSWORD",
          "SMTP_HOST",
          "ESCALADE_PUBLIC_URL");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String name : REQUIRED) {
      if (isBlank(environment.getProperty(name))) {
        problems.add(name + " is not set");
      }
    }
    String user = environment.getProperty("ESCALADE_ADMIN_USER");
    String password = environment.getProperty("ESCALADE_ADMIN_PASSWORD");
    if (!isBlank(user) && !isBlank(password)) {
      AdminPassword.weakness(user, password).ifPresent(why -> problems.add("ESCALADE_ADMIN_PASSWORD " + why));
    }
    String publicUrl = environment.getProperty("ESCALADE_PUBLIC_URL");
    if (!isBlank(publicUrl) && !publicUrl.startsWith("https://")) {
      // the session cookie is Secure in this profile, and tracking links carry a client's token
      problems.add("ESCALADE_PUBLIC_URL must be an https:// address, not " + publicUrl);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The postgres profile cannot start: " + String.join("; ", problems) + ". See README.md, \"Run it in production\".");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public int getOrder() {
    // after the configuration files are read, so that the profile and their values are known
    return Ordered.LOWEST_PRECEDENCE;
  }
}
