package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A client files a complaint on a firm's public page in headless Chromium, at a desktop's and a
 * phone's width, keeps the receipt and opens the tracking page; whatever the client wrote stays text.
 * Two submissions only: the page takes five an hour from one address, and every test here comes
 * from 127.0.0.1.
 */
@EscaladeSpringTest
@ExtendWith(Chromium.class)
class PublicFormInBrowserTests {

  private static final String SCRIPT = "<script>window.escaladeInjected = true</script>";

  @Test
  void onADesktopAClientFilesAComplaintAndFollowsItAndItsScriptStaysText(Browser browser) {
    browser.size(1280, 800);
    String subject = "Franchise " + SCRIPT;
    fileComplaint(browser, "desktop", subject, "On m'applique une franchise qui n'est pas au contrat. " + SCRIPT);

    assertNothingRan(browser);
    String tracking = openTracking(browser, "desktop");
    assertThat(tracking).contains(subject);
    assertNothingRan(browser);
  }

  @Test
  void onAPhoneAClientFilesAComplaintAndFollowsIt(Browser browser) {
    browser.size(390, 844);
    fileComplaint(browser, "phone", "Résiliation non prise en compte", "J'ai résilié en janvier, je suis toujours prélevé.");
    assertFitsTheWidth(browser, "the receipt");
    openTracking(browser, "phone");
    assertFitsTheWidth(browser, "the tracking page");
  }

  private static void fileComplaint(Browser browser, String screen, String subject, String description) {
    browser.open("/reclamation/asekkey");
    browser.showing(By.tagName("h1"), "Déposer une réclamation");
    assertFitsTheWidth(browser, "the form");
    browser.screenshot("public-form-" + screen);

    browser.visible(By.id("name")).sendKeys("Hélène Martin");
    browser.driver().findElement(By.id("email")).sendKeys("helene.martin@example.fr");
    browser.click(By.cssSelector("input[name='client'][value='true']"));
    browser.driver().findElement(By.id("contractReference")).sendKeys("AUTO-77");
    browser.driver().findElement(By.id("subject")).sendKeys(subject);
    browser.driver().findElement(By.id("description")).sendKeys(description);
    browser.click(By.cssSelector("input[type='checkbox'][name='consent']"));
    browser.click(By.cssSelector("form.complaint button[type='submit']"));

    browser.showing(By.tagName("h1"), "Votre réclamation est enregistrée");
    String receipt = browser.bodyText();
    assertThat(receipt).containsPattern("Référence : REC-\\d{4}-\\d{6}").contains("Asekkey", "Suivre votre réclamation");
    browser.screenshot("public-receipt-" + screen);
  }

  /** Opens the receipt's tracking link on the test's server (the link names the configured public address). */
  private static String openTracking(Browser browser, String screen) {
    WebElement link = browser.visible(By.cssSelector(".tracking-link a"));
    String path = URI.create(link.getAttribute("href")).getPath();
    assertThat(path).matches("/suivi/[A-Za-z0-9_-]{40,}");
    browser.open(path);
    browser.showing(By.tagName("h1"), "Suivi de votre réclamation");
    String page = browser.waitForText("Les étapes de la procédure");
    assertThat(page).contains("Accusé de réception", "pas encore");
    browser.screenshot("public-tracking-" + screen);
    return page;
  }

  private static void assertNothingRan(Browser browser) {
    assertThat(browser.script("return window.escaladeInjected === undefined")).as("a client's script ran").isEqualTo(true);
    assertThat(browser.all(By.cssSelector("main script"))).isEmpty();
  }

  private static void assertFitsTheWidth(Browser browser, String what) {
    Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).as("%s scrolls sideways by so many pixels", what).isLessThanOrEqualTo(0);
  }
}
