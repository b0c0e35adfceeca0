package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A phone complaint registered from the staff side, in headless Chromium: the agent logs in from
 * Escalade's home page, fills the registration page (a missing field is named in French next to
 * it), reads the reference, finds the complaint with the search page and opens it, and finds its
 * first task, « Consigner la réclamation orale », in Tasklist under the right group. Someone with
 * no working group is refused the page.
 */
@EscaladeSpringTest
@ExtendWith(Chromium.class)
class StaffRegistrationInBrowserTests {

  private static final Pattern REGISTERED = Pattern.compile("Réclamation (REC-\\d{4}-\\d{6}) enregistrée");

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the complaints service takes the call itself; first contact keeps the firm's own entry level (its own)
        "marc   | 2 – Service réclamations | Service réclamations",
        "claire | Celui du cabinet         | Premier contact"
      })
  void anAgentRegistersAPhoneComplaintFindsItAndItsFirstTaskWaitsInTasklist(
      String user, String level, String filter, Browser browser) {
    // a name of its own, so that the search finds this complaint among the others of the run
    String surname = "Navigateur" + randomLetters(6);
    String complainant = "Odile " + surname;

    browser.open("/");
    browser.showing(By.tagName("h1"), "Traitement des réclamations");
    browser.click(By.linkText("Se connecter"));
    browser.showing(By.tagName("h1"), "Connexion du personnel");
    browser.visible(By.id("username")).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys(user);
    browser.click(By.cssSelector("main form button[type='submit']"));
    browser.showing(By.cssSelector("section[aria-labelledby='tools-title']"), "Vos outils");
    browser.click(By.partialLinkText("Enregistrer une réclamation"));
    browser.showing(By.tagName("h1"), "Enregistrer une réclamation");

    // the call, without the caller's name: refused, the missing field named in French beside it
    browser.click(By.xpath("//div[@id='channel']//label[normalize-space() = 'Téléphone']"));
    new Select(browser.visible(By.id("firm"))).selectByVisibleText("Asekkey");
    new Select(browser.visible(By.id("entryLevel"))).selectByVisibleText(level);
    browser.visible(By.id("phone")).sendKeys("06 98 76 54 32");
    browser.visible(By.id("subject")).sendKeys("Remboursement de lunettes refusé");
    browser.visible(By.id("description")).sendKeys("Appel : le remboursement des lunettes est refusé sans motif.");
    browser.click(By.xpath("//button[normalize-space() = 'Enregistrer la réclamation']"));

    assertThat(browser.showing(By.id("name-error"), "Indiquez le nom du réclamant.").getText())
        .isEqualTo("Indiquez le nom du réclamant.");
    assertThat(browser.visible(By.id("errors")).getText()).contains("La réclamation n’a pas été enregistrée.");
    assertThat(browser.visible(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
    // what was typed stays: only the name is to be added
    assertThat(browser.visible(By.id("phone")).getAttribute("value")).isEqualTo("06 98 76 54 32");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.visible(By.id("name")));
    browser.screenshot("staff-registration-missing-name-" + user);

    browser.visible(By.id("name")).sendKeys(complainant);
    browser.click(By.xpath("//button[normalize-space() = 'Enregistrer la réclamation']"));
    String notice = browser.showing(By.cssSelector(".notice[role='status']"), "enregistrée").getText();
    Matcher registered = REGISTERED.matcher(notice);
    assertThat(registered.find()).as(notice).isTrue();
    String reference = registered.group(1);
    assertThat(notice).contains("Asekkey", "Réclamation orale : la tâche « Consigner la réclamation orale » attend dans Tasklist.");
    browser.screenshot("staff-registration-phone-registered-" + user);

    // found by the complainant's name as an agent types it (lower case, part of it)
    browser.open("/personnel/reclamations");
    browser.visible(By.id("q")).sendKeys("odile " + surname.toLowerCase().substring(0, surname.length() - 2));
    browser.click(By.xpath("//button[normalize-space() = 'Rechercher']"));
    browser.showing(By.tagName("table"), reference);
    assertThat(browser.visible(By.tagName("caption")).getText()).contains("1 réclamation trouvée");
    browser.screenshot("staff-search-" + user);
    browser.click(By.linkText(reference));

    browser.showing(By.tagName("h1"), "Réclamation " + reference);
    String page = browser.bodyText();
    assertThat(page).contains(complainant, "Téléphone", "06 98 76 54 32", "Remboursement de lunettes refusé")
        .doesNotContain("PHONE");
    browser.screenshot("staff-complaint-" + user);

    // the first task waits in Tasklist, for the group that took the call
    browser.logIn("tasklist", user);
    browser.open(new StaffComplaints(http, filters).tasklistFilter(filter, reference));
    browser.showing(By.cssSelector(".tasks-list"), "Consigner la réclamation orale – " + reference);
    browser.screenshot("staff-registration-task-in-tasklist-" + user);
  }

  private static String randomLetters(int count) {
    StringBuilder letters = new StringBuilder();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  @Test
  void someoneInNoWorkingGroupIsRefusedTheRegistrationPage(Browser browser) {
    String visitor = "browserVisitor";
    if (identity.createUserQuery().userId(visitor).count() == 0) {
      // a Camunda account with no group: an outsider given a login, or a client who was
      User user = identity.newUser(visitor);
      user.setPassword(visitor);
      user.setEmail(visitor + "@escalade.test");
      identity.saveUser(user);
    }

    browser.open("/rapports/connexion");
    browser.visible(By.id("username")).sendKeys(visitor);
    browser.driver().findElement(By.id("password")).sendKeys(visitor);
    browser.click(By.cssSelector("main form button[type='submit']"));
    browser.waitForText("Votre compte ne fait partie d’aucun groupe de travail");
    assertThat(browser.all(By.partialLinkText("Enregistrer une réclamation"))).isEmpty();

    browser.open("/personnel/reclamations/nouvelle");
    browser.showing(By.tagName("h1"), "Accès refusé");
    assertThat(browser.all(By.id("description"))).isEmpty();
    browser.screenshot("staff-registration-refused");
  }
}
