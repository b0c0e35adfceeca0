package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium or its driver, the browser tests are skipped with a message that says how to get them. */
class ChromiumTests {

  @Test
  void aMissingBrowserOrDriverSkipsTheBrowserTestsSayingHowToInstallThem(@TempDir Path empty) {
    ConditionEvaluationResult noDriver = Chromium.condition(Path.of("/bin/sh"), empty.resolve("chromedriver"));
    ConditionEvaluationResult neither = Chromium.condition(empty.resolve("chromium"), empty.resolve("chromedriver"));

    assertThat(noDriver.isDisabled()).isTrue();
    assertThat(noDriver.getReason()).get().asString()
        .contains("chromedriver (Debian package chromium-driver)", "apt-get install chromium chromium-driver")
        .doesNotContain("package chromium)");
    assertThat(neither.getReason()).get().asString()
        .contains("chromium (Debian package chromium)", "chromedriver (Debian package chromium-driver)");
  }

  @Test
  void bothPresentRunsThem() {
    assertThat(Chromium.condition(Path.of("/bin/sh"), Path.of("/bin/sh")).isDisabled()).isFalse();
  }
}
