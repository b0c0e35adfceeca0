package fr.escalade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README.md is read on its own, in a clone: every link it makes to a file stays in the repository and finds it. */
class ReadmeLinksTests {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  @Test
  void everyRelativeLinkOfTheReadmeLeadsToAFileOfTheRepository() throws Exception {
    Path root = Path.of("").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"));
    var targets = LINK.matcher(readme).results()
        .map(match -> match.group(1))
        .filter(target -> !target.matches("^[a-z]+:.*"))
        .toList();
    assertThat(targets).contains("docs/domain.md");
    assertThat(targets).allSatisfy(target -> {
      Path file = root.resolve(target).normalize();
      assertThat(file.startsWith(root)).as("%s stays in the repository", target).isTrue();
      assertThat(file).as(target).exists();
    });
  }
}
