package fr.escalade.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps in French: for each app, our {@code fr.json} has exactly the keys of the
 * webjar's {@code en.json} (so that upgrading the webjar fails here, naming the new keys, instead of
 * showing raw keys to an agent), keeps each label's placeholders and HTML, and our {@code config.js}
 * is the webjar's with French available and the default.
 *
 * <p>The English files are read from the camunda-webapp-webjar jar on the test classpath, never
 * from our resources; ours are the copies outside any jar, which come first on the classpath (the
 * test checks that too: it is what makes Spring Boot serve ours instead of the webjar's).
 */
class FrenchWebappsTests {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void frenchHasExactlyTheKeysOfTheWebjarsEnglish(String app) {
    Map<String, JsonNode> english = flatten(read(webjars(app + "/locales/en.json")));
    Map<String, JsonNode> french = flatten(read(ours(app + "/locales/fr.json")));

    Set<String> lacking = new TreeSet<>(english.keySet());
    lacking.removeAll(french.keySet());
    Set<String> extra = new TreeSet<>(french.keySet());
    extra.removeAll(english.keySet());

    List<String> problems = new ArrayList<>();
    lacking.forEach(key -> problems.add("fr.json lacks " + key));
    extra.forEach(key -> problems.add("fr.json has " + key + ", which en.json has not"));
    assertThat(problems).as("%s: our fr.json against the webjar's en.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void eachFrenchLabelKeepsThePlaceholdersAndHtmlOfItsEnglish(String app) {
    Map<String, JsonNode> english = flatten(read(webjars(app + "/locales/en.json")));
    Map<String, JsonNode> french = flatten(read(ours(app + "/locales/fr.json")));

    List<String> wrong = new ArrayList<>();
    english.forEach(
        (key, en) -> {
          JsonNode fr = french.get(key);
          if (fr == null || !en.isTextual()) {
            return;
          }
          if (!fr.isTextual()) {
            wrong.add(key + ": not a text");
          } else if (!placeholders(en.asText()).equals(placeholders(fr.asText()))) {
            wrong.add(
                key + ": placeholders " + placeholders(en.asText()) + " became "
                    + placeholders(fr.asText()));
          } else if (!tags(en.asText()).equals(tags(fr.asText()))) {
            wrong.add(key + ": HTML " + tags(en.asText()) + " became " + tags(fr.asText()));
          } else if (fr.asText().isBlank() && !en.asText().isBlank()) {
            wrong.add(key + ": empty");
          }
        });
    assertThat(wrong).as("%s: fr.json labels that changed more than words", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void configDeclaresFrenchAvailableAndTheDefault(String app) {
    String config = text(ours(app + "/scripts/config.js"));
    String code = withoutComments(config);

    Matcher locales =
        Pattern.compile("['\"]?locales['\"]?\\s*:\\s*\\{([^}]*)}").matcher(code);
    assertThat(locales.find()).as("%s: config.js declares no locales", app).isTrue();
    String block = locales.group(1);
    Matcher available =
        Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^]]*)]").matcher(block);
    Matcher fallback =
        Pattern.compile("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(block);
    assertThat(available.find()).as("%s: no availableLocales", app).isTrue();
    assertThat(fallback.find()).as("%s: no fallbackLocale", app).isTrue();

    List<String> languages =
        Pattern.compile("['\"]([^'\"]*)['\"]")
            .matcher(available.group(1))
            .results()
            .map(m -> m.group(1))
            .toList();
    // the fallback is the language of any browser whose first language is not listed
    assertThat(languages).as("%s: availableLocales", app).containsExactly("fr", "en");
    assertThat(fallback.group(1)).as("%s: fallbackLocale", app).isEqualTo("fr");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void configIsTheWebjarsWithOnlyTheLocalesChanged(String app) {
    String ours = withoutCustomScripts(withoutLocales(withoutComments(text(ours(app + "/scripts/config.js")))));
    String webjars = withoutLocales(withoutComments(text(webjars(app + "/scripts/config.js"))));

    assertThat(ours)
        .as("%s: our config.js apart from its locales and custom scripts, against the webjar's", app)
        .isEqualTo(webjars);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void onlyTasklistLoadsScriptsOfOursTheFrenchFormMessagesAndTheListAtAGlance(String app) {
    Matcher scripts =
        Pattern.compile("['\"]?customScripts['\"]?\\s*:\\s*\\[([^]]*)]")
            .matcher(withoutComments(text(ours(app + "/scripts/config.js"))));
    if (!"tasklist".equals(app)) {
      assertThat(scripts.find()).as("%s: config.js loads no custom script", app).isFalse();
      return;
    }
    assertThat(scripts.find()).as("tasklist: config.js loads the French form messages").isTrue();
    List<String> names =
        Pattern.compile("['\"]([^'\"]*)['\"]").matcher(scripts.group(1)).results().map(m -> m.group(1)).toList();
    assertThat(names).containsExactly("scripts/escalade-form-fr", "scripts/escalade-tasklist");
    // Tasklist imports app/tasklist/<name>.js: a wrong name would only show as a console error
    names.forEach(name -> assertThat(ours("tasklist/" + name + ".js")).isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void oursComeFirstOnTheClasspath(String app) {
    // Spring Boot serves /camunda/app/** from classpath:/META-INF/resources/webjars/camunda/, that
    // is ClassLoader.getResource: the first copy on the classpath wins
    URL first =
        Thread.currentThread().getContextClassLoader().getResource(APP + app + "/scripts/config.js");
    assertThat(first).isEqualTo(ours(app + "/scripts/config.js"));
  }

  // --- reading

  /** The file of the camunda-webapp-webjar jar, wherever the jar is. */
  private static URL webjars(String path) {
    return copies(path).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in the webjar on the classpath"));
  }

  /** Our file: the copy that is not inside a jar. */
  private static URL ours(String path) {
    return copies(path).stream()
        .filter(url -> !"jar".equals(url.getProtocol()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " of ours on the classpath"));
  }

  private static List<URL> copies(String path) {
    try {
      return Collections.list(
          Thread.currentThread().getContextClassLoader().getResources(APP + path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(URL url) {
    // Jackson skips the UTF-8 byte order mark the webjar's files start with
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + url + " as JSON: " + e.getMessage(), e);
    }
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every leaf by its path: {@code labels.TASK}, {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new TreeMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  // --- comparing

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
  /** HTML tags (not words in brackets such as {@code <undefined>}, which are text to translate). */
  private static final Pattern TAG =
      Pattern.compile("</?(?:a|b|br|code|div|em|i|li|p|pre|small|span|strong|u|ul)\\b[^>]*>");

  /** {@code {{ name }}} and {@code {{name}}} are the same placeholder; the order may change. */
  private static List<String> placeholders(String label) {
    return PLACEHOLDER.matcher(label).results()
        .map(m -> m.group(1).replaceAll("\\s+", ""))
        .sorted()
        .toList();
  }

  /** The tags with their attributes, in order (a link keeps its address). */
  private static List<String> tags(String label) {
    return TAG.matcher(label).results().map(m -> m.group().replaceAll("\\s+", " ")).toList();
  }

  /** Without comments and blank lines (config.js has no string containing // or /*). */
  private static String withoutComments(String js) {
    String noBlocks = js.replaceAll("(?s)/\\*.*?\\*/", "");
    return noBlocks
        .lines()
        .map(line -> line.replaceAll("//.*$", "").stripTrailing())
        .filter(line -> !line.isBlank())
        .collect(Collectors.joining("\n"));
  }

  /** Without our customScripts line (only Tasklist's has one: see the test above). */
  private static String withoutCustomScripts(String code) {
    return code.replaceAll("\\s*['\"]?customScripts['\"]?\\s*:\\s*\\[[^]]*],?", "");
  }

  private static String withoutLocales(String code) {
    return code.replaceAll("\\s*['\"]?locales['\"]?\\s*:\\s*\\{[^}]*},?", "");
  }
}
