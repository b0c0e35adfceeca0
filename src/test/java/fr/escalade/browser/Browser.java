package fr.escalade.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the running application, with what the tests do in it: open a page of
 * the application, log in to a Camunda webapp, wait for what an agent would wait for, and keep a
 * screenshot of a screen in {@code target/screenshots/}.
 */
public final class Browser implements ExtensionContext.Store.CloseableResource {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Generous: the machine may be shared, and Tasklist loads its scripts on first use. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String baseUrl;
  /** Who is logged in to the Camunda webapps, so that a class sharing one browser logs in only when the user changes. */
  private String webappsUser;

  Browser(ChromeDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  public WebDriver driver() {
    return driver;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Opens a path of the application ({@code /reclamation/asekkey}). */
  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** The window's size, as a desktop (1280×800) or a phone (390×844) shows the page. */
  public void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Logs in to a Camunda webapp ({@code tasklist}, {@code cockpit}) with the demo user's password. */
  public void logIn(String app, String user) {
    open("/camunda/app/" + app + "/default/");
    visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys(user);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
    webappsUser = user;
  }

  /**
   * Opens a webapp as this user, logging in only when someone else (or nobody) is logged in: the
   * session cookies are dropped first, as a colleague's session ends when they log out.
   */
  public void logInAs(String app, String user) {
    if (user.equals(webappsUser)) {
      return;
    }
    logOut();
    logIn(app, user);
  }

  /** Ends every session of this browser (the webapps' and the staff pages'): its cookies go. */
  public void logOut() {
    driver.manage().deleteAllCookies();
    webappsUser = null;
  }

  public WebElement visible(By by) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement clickable(By by) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(by));
  }

  /**
   * Clicks an element as a user would after scrolling to it: in the middle of the window, where
   * no fixed header or footer (Tasklist's) covers it.
   */
  public void click(By by) {
    // Tasklist redraws its list when a search or a completed task refreshes it: an element found
    // a moment before may be gone, replaced by its new copy; look it up again
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement element = visible(by);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        clickable(by).click();
        return;
      } catch (StaleElementReferenceException redrawn) {
        if (attempt == 3) {
          throw redrawn;
        }
      }
    }
  }

  /**
   * Presses a button from the keyboard (Enter on the focused button): what an agent does when a
   * notification covers it, as Tasklist's « Une erreur s'est produite lors de l'envoi du
   * formulaire » covers « Terminer » after a refused form.
   */
  public void press(By by) {
    WebElement element = clickable(by);
    script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", element);
    element.sendKeys(Keys.ENTER);
  }

  /** Waits until no element is found so, or none shows. */
  public void waitUntilGone(By by) {
    new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> by + " never went; the page shows:\n" + bodyText())
        .until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  /** Waits until an element shows this text (in part), and gives the element. */
  public WebElement showing(By by, String text) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by);
  }

  /** Waits until the page's visible text contains this, and gives the whole text. */
  public String waitForText(String text) {
    new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> "the page never showed « " + text + " »; it shows:\n" + bodyText())
        .until(d -> bodyText().contains(text));
    return bodyText();
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  public Object asyncScript(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The screen and its HTML, named after the test, to read after a failure. */
  void keepEvidence(String prefix, String testName) {
    try {
      screenshot(prefix + "-" + testName);
      Files.writeString(
          SCREENSHOTS.resolve(prefix + "-" + testName + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // the evidence is a courtesy: never hide the test's own failure behind this one
      System.err.println("[escalade] no screenshot of " + testName + ": " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
