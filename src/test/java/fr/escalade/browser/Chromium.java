package fr.escalade.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Chromium in French for the browser tests: Debian's {@code /usr/bin/chromium} driven by
 * Debian's {@code /usr/bin/chromedriver}, both named explicitly so that Selenium Manager never runs
 * and no test downloads a browser or a driver. Without either, the tests are skipped with a message
 * that says how to install them; the rest of the suite runs.
 *
 * <p>Each test method that asks for a {@link Browser} gets a fresh browser (no cookies, no session
 * left by the previous user), opened on the application's random port and closed after the test.
 * A class that asks for one in a {@code @BeforeAll} method ({@code @TestInstance(PER_CLASS)}) shares
 * one browser between its tests, closed after the class: quicker, for tests that switch users
 * themselves ({@link Browser#logInAs}). Either way, a failed test leaves a screenshot and the page's
 * HTML in {@code target/screenshots/}, named after the test.
 * {@code -Descalade.browser.chromium=…} and {@code -Descalade.browser.chromedriver=…} point at
 * other binaries.
 */
public class Chromium implements ExecutionCondition, ParameterResolver, AfterTestExecutionCallback {

  static final Path CHROMIUM = Path.of(System.getProperty("escalade.browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("escalade.browser.chromedriver", "/usr/bin/chromedriver"));

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);
  private static volatile boolean skipNoticePrinted;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    ConditionEvaluationResult result = condition(CHROMIUM, CHROMEDRIVER);
    if (result.isDisabled() && !skipNoticePrinted) {
      skipNoticePrinted = true;
      // surefire shows a skipped class's reason only in its reports: say it where a reader looks
      System.err.println("[escalade] " + result.getReason().orElse(""));
    }
    return result;
  }

  /** Enabled when both binaries are there; otherwise disabled, saying which is missing and how to install it. */
  static ConditionEvaluationResult condition(Path chromium, Path chromedriver) {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add(chromium + " (Debian package chromium)");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add(chromedriver + " (Debian package chromium-driver)");
    }
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
    }
    return ConditionEvaluationResult.disabled(
        "Browser tests skipped: no " + String.join(", no ", missing)
            + ". Install them with `apt-get install chromium chromium-driver` to run them"
            + " (.ci/run does); no test downloads a browser.");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Browser.class,
            key -> new Browser(start(), "http://localhost:" + port(context)),
            Browser.class);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser != null && context.getExecutionException().isPresent()) {
      browser.keepEvidence("FAILED", screenshotName(context));
    }
  }

  private static int port(ExtensionContext context) {
    String port =
        SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
    if (port == null) {
      throw new IllegalStateException("browser tests need the application on a real port (RANDOM_PORT)");
    }
    return Integer.parseInt(port);
  }

  private static String screenshotName(ExtensionContext context) {
    // a parameterized test's invocations each get their own name ([1] claire…)
    String invocation = context.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
        + (context.getDisplayName().startsWith(context.getRequiredTestMethod().getName()) ? "" : "-" + invocation);
  }

  private static ChromeDriver start() {
    // the driver named here and the browser binary below are what keep Selenium Manager idle
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(CHROMIUM.toString()));
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // root in CI containers
        "--disable-dev-shm-usage", // small /dev/shm in containers
        "--disable-gpu",
        "--lang=fr-FR",
        "--window-size=1280,800",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    // navigator.languages, which Tasklist and our form-message script read, and Accept-Language
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            // an agent in Paris: Tasklist writes due dates in the browser's time zone. On Linux,
            // Chromium takes its own language (a date field's jj/mm/aaaa) from LANGUAGE, not --lang,
            // and only with Debian's chromium-l10n installed; without it, mm/dd/yyyy
            .withEnvironment(Map.of("TZ", "Europe/Paris", "LANGUAGE", "fr"))
            .build();
    return new ChromeDriver(service, options);
  }
}
