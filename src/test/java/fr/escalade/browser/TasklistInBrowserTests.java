package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tasklist as French agents and supervisors use it, in headless Chromium: each role logs in and
 * finds its filters, an agent opens, claims and completes a task with its form (French validation
 * messages included), a supervisor finds an overdue task, and a client's words stay text.
 */
@EscaladeSpringTest
@ExtendWith(Chromium.class)
class TasklistInBrowserTests {

  private static final String SCRIPT = "<script>window.escaladeInjected = true</script>";

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;

  private StaffComplaints staff;

  @BeforeEach
  void setUp() {
    staff = new StaffComplaints(http, filters);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "claire | Premier contact      | Service réclamations;Supervision;Tâches en retard",
        "marc   | Service réclamations | Premier contact;Supervision;Tâches en retard",
        "sophie | Supervision;Tâches en retard | Premier contact;Service réclamations"
      })
  void eachRoleLogsInInFrenchAndFindsItsFilters(String user, String ownFilters, String othersFilters, Browser browser) {
    browser.logIn("tasklist", user);

    WebElement filterList = browser.visible(By.cssSelector(".task-filters"));
    browser.showing(By.cssSelector(".task-filters"), "Mes tâches");
    List<String> own = List.of(ownFilters.split(";"));
    own.forEach(name -> browser.showing(By.cssSelector(".task-filters"), name));
    assertThat(filterList.getText()).doesNotContain(othersFilters.split(";"));
    // Tasklist itself speaks French: its menu, the search box
    String page = browser.waitForText("Démarrer un processus");
    assertThat(page).contains("Créer une tâche", "Raccourcis clavier").doesNotContain("Start process", "Create task");
    assertThat(browser.visible(By.cssSelector("input.main-field")).getAttribute("placeholder"))
        .isEqualTo("Filtrer les tâches");
    browser.screenshot("tasklist-filters-" + user);
  }

  @Test
  void anAgentOpensClaimsAndCompletesATaskWithItsFormAndReadsFrenchValidationMessages(Browser browser) {
    String reference =
        staff.register(2, StaffComplaints.todayInParis(), "Résiliation non prise en compte",
            "J'ai résilié mon contrat en janvier et je suis toujours prélevé.");
    browser.logIn("tasklist", "marc");
    browser.open(staff.tasklistFilter("Service réclamations", reference));

    browser.clickable(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Qualifier la réclamation écrite')]")).click();
    browser.clickable(By.cssSelector("button.claim")).click();
    browser.showing(By.cssSelector(".task-details .assignee"), "Marc Durand");

    // completed with nothing chosen: form-js refuses, in French (escalade-form-fr.js)
    browser.visible(choice("Simple demande (pas une réclamation)"));
    By complete = By.xpath("//button[normalize-space() = 'Terminer']");
    browser.click(complete);
    WebElement error = browser.showing(By.cssSelector(".fjs-form-field-error"), "Ce champ est obligatoire.");
    assertThat(error.getText()).doesNotContain("Field is required");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", error);
    browser.screenshot("tasklist-form-required-field");

    // a simple request needs its note: the same message where the note is missing
    browser.click(choice("Simple demande (pas une réclamation)"));
    browser.press(complete);
    browser.showing(By.cssSelector(".fjs-form-field-error"), "Ce champ est obligatoire.");
    assertThat(browser.bodyText()).doesNotContain("Field is required");

    // the agent writes a note, then settles for a complaint after all. (Switching back without
    // writing it leaves « Terminer » disabled: form-js keeps the hidden note's error, and Tasklist
    // disables the button while any error is kept.)
    browser.visible(By.cssSelector("textarea[id$='Field_qualificationNote']")).sendKeys("Demande de duplicata.");
    browser.click(choice("Réclamation"));
    browser.press(complete);
    // the complaint moves on: its next step is in the same search, waiting for the service
    browser.showing(By.cssSelector(".tasks-list"), "Prendre en charge la réclamation");
    browser.screenshot("tasklist-task-completed");

    assertThat(staff.onlyTaskName("marc", reference)).startsWith("Prendre en charge la réclamation – " + reference);
  }

  @Test
  void everyValidationMessageOfFormJsHasAFrenchWording(Browser browser) throws Exception {
    // form-js's validation messages as lib/deps.js adds them to a field's errors, each limit given a value (a new message in a
    // Camunda upgrade shows up here, still English)
    String deps;
    try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/resources/webjars/camunda/lib/deps.js")) {
      deps = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> english =
        Pattern.compile("push\\([\"`](Field [^\"`]*)[\"`]\\)")
            .matcher(deps)
            .results()
            .map(m -> m.group(1).replaceAll("\\$\\{[^}]*}", "2000"))
            .distinct()
            .toList();
    assertThat(english).contains("Field is required.", "Field must have maximum length of 2000.").hasSize(8);

    browser.open("/camunda/app/tasklist/default/");
    @SuppressWarnings("unchecked")
    List<String> french =
        (List<String>)
            browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/camunda/app/tasklist/scripts/escalade-form-fr.js')"
                    + ".then(m => done(arguments[0].map(m.translate)), e => done(['import failed: ' + e]));",
                english);
    for (int i = 0; i < english.size(); i++) {
      assertThat(french.get(i)).as("the French of « %s »", english.get(i)).doesNotContain("Field", "must");
    }
    assertThat(french.get(english.indexOf("Field is required."))).isEqualTo("Ce champ est obligatoire.");
    // 2000 as French readers write it, with a (narrow) no-break space
    assertThat(french.get(english.indexOf("Field must have maximum length of 2000.")))
        .matches("Au plus 2[\\u00a0\\u202f]000 caractères\\.");
  }

  @Test
  void theSupervisorsOverdueFilterListsAnOverdueTask(Browser browser) {
    // sent three years ago: every deadline has passed, the first task is long overdue
    String reference =
        staff.register(2, StaffComplaints.todayInParis().minusYears(3), "Courrier resté sans réponse",
            "Ma lettre de mars est restée sans réponse.");
    browser.logIn("tasklist", "sophie");
    browser.open(staff.tasklistFilter("Tâches en retard", reference));

    WebElement task =
        browser.visible(By.xpath("//*[contains(@class,'tasks-list')]//li[.//a[contains(., 'Qualifier la réclamation écrite')]]"));
    assertThat(task.getText()).contains(reference, "Échéance il y a 3 ans");
    browser.screenshot("tasklist-overdue-filter");
  }

  @Test
  void aClientsScriptIsTextInTheTaskListAndTheForm(Browser browser) {
    String reference =
        staff.register(2, StaffComplaints.todayInParis(), "Franchise " + SCRIPT, "Franchise appliquée à tort. " + SCRIPT);
    browser.logIn("tasklist", "marc");
    browser.open(staff.tasklistFilter("Service réclamations", reference));

    WebElement task =
        browser.visible(By.xpath("//*[contains(@class,'tasks-list')]//li[.//a[contains(., 'Qualifier la réclamation écrite')]]"));
    // the list's columns (reference, firm, complainant, subject…), unfolded as an agent would
    task.findElement(By.cssSelector("a.glyphicon-menu-down")).click();
    browser.showing(By.cssSelector(".tasks-list"), "Franchise " + SCRIPT);
    assertThat(browser.all(By.cssSelector(".tasks-list script"))).isEmpty();
    task.findElement(By.xpath(".//a[contains(., 'Qualifier la réclamation écrite')]")).click();
    WebElement description = browser.visible(By.cssSelector("textarea[id$='description'], textarea[name='description']"));
    assertThat(description.getAttribute("value")).isEqualTo("Franchise appliquée à tort. " + SCRIPT);
    assertThat(browser.script("return window.escaladeInjected === undefined")).isEqualTo(true);
    browser.screenshot("tasklist-client-script-as-text");
  }

  /** A choice of the form's « Qualification du message » (its label; the group is titled « Réclamation » too). */
  private static By choice(String label) {
    return By.xpath("//label[contains(@for, 'Field_qualification') and normalize-space() = '" + label + "']");
  }
}
