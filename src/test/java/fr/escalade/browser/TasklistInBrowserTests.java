package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tasklist as French agents and supervisors use it, in headless Chromium: each role logs in and
 * finds its filters, sorted by due date; an agent opens, claims and completes a task with its form
 * (French validation messages and banners included, none lingering); a supervisor finds an overdue
 * task, marked, its due date written out; and a client's words stay text.
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
    // the list is sorted by due date, earliest first, and its header says so (escalade-tasklist.js)
    assertThat(browser.showing(SORTING, "chéance").getText()).contains("Date d’échéance").doesNotContain("Créée le");
    assertThat(sortingInAddress(browser)).isEqualTo("[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]");
    browser.screenshot("tasklist-filters-" + user);
  }

  @Test
  void theAgentStaysFreeToSortOtherwise(Browser browser) {
    browser.logIn("tasklist", "marc");
    browser.showing(SORTING, "Date d’échéance");
    browser.clickable(By.cssSelector("[cam-sorting-choices] a.sort-direction")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> sortingInAddress(browser).contains("\"desc\""));
    assertThat(sortingInAddress(browser)).isEqualTo("[{\"sortBy\":\"dueDate\",\"sortOrder\":\"desc\"}]");
    // another filter keeps the agent's choice, which our default does not overwrite
    browser.clickable(By.xpath("//*[contains(@class,'task-filters')]//a[contains(., 'Mes tâches')]")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> browser.script("return location.hash").toString().contains(filterId("Mes tâches")));
    assertThat(sortingInAddress(browser)).contains("\"desc\"");
  }

  @Test
  void anAgentOpensClaimsAndCompletesATaskWithItsFormAndReadsFrenchValidationMessages(Browser browser) {
    String reference =
        staff.register(2, StaffComplaints.todayInParis(), "Résiliation non prise en compte",
            "J'ai résilié mon contrat en janvier et je suis toujours prélevé.");
    browser.logIn("tasklist", "marc");
    browser.open(staff.tasklistFilter("Service réclamations", reference));

    browser.clickable(taskLink("Qualifier la réclamation écrite", reference)).click();
    browser.clickable(By.cssSelector("button.claim")).click();
    browser.showing(By.cssSelector(".task-details .assignee"), "Marc Durand");

    // completed with nothing chosen: form-js refuses, in French (escalade-form-fr.js)
    browser.visible(choice("Simple demande (pas une réclamation)"));
    By complete = By.xpath("//button[normalize-space() = 'Terminer']");
    browser.click(complete);
    WebElement error = browser.showing(By.cssSelector(".fjs-form-field-error"), "Ce champ est obligatoire.");
    assertThat(error.getText()).doesNotContain("Field is required");
    // and the banner says what happened, not that sending failed (escalade-tasklist.js)
    assertThat(browser.showing(BANNER, "Le formulaire contient").getText())
        .contains("Le formulaire contient des champs à compléter : voir les messages en rouge.")
        .doesNotContain("Une erreur s’est produite");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", error);
    browser.screenshot("tasklist-form-required-field");

    // a simple request needs its note, checked by the server (a field a condition hides has no
    // form-js check, see README): its French message, without the engine's English words and the task's id
    browser.click(choice("Simple demande (pas une réclamation)"));
    browser.visible(By.cssSelector("textarea[id$='Field_qualificationNote']")).sendKeys("   ");
    browser.press(complete);
    assertThat(browser.showing(BANNER, "est obligatoire").getText())
        .contains("Une erreur s’est produite lors de l’envoi du formulaire de la tâche")
        .contains("le champ « Pourquoi ce n'est pas une réclamation » est obligatoire")
        .doesNotContain("Cannot submit", "Le formulaire contient");
    assertThat(browser.bodyText()).doesNotContain("Field is required");
    browser.screenshot("tasklist-form-refused-by-server");

    // the agent settles for a complaint after all, without writing the note: « Terminer » works
    // (it stayed disabled when form-js kept the hidden note's error)
    browser.click(choice("Réclamation"));
    browser.press(complete);
    // the complaint moves on: its next step is in the same search, waiting for the service
    browser.showing(By.cssSelector(".tasks-list"), "Prendre en charge la réclamation");
    // and no banner about the refusals before lingers
    assertThat(browser.all(BANNER)).isEmpty();
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

    browser.showing(By.cssSelector(".tasks-list .escalade-due-flag"), "En retard");
    WebElement task = browser.visible(taskItem("Qualifier la réclamation écrite", reference));
    // the date itself, then how far it is, and the task marked in red (escalade-tasklist.js)
    assertThat(task.getText()).contains(reference).containsPattern(DUE_ON + " \\(il y a 3 ans\\)");
    assertThat(task.findElement(By.cssSelector(".escalade-due-flag")).getCssValue("background-color"))
        .isEqualTo("rgba(179, 38, 30, 1)");
    browser.screenshot("tasklist-overdue-filter");

    // the task's header too
    browser.clickable(taskLink("Qualifier la réclamation écrite", reference)).click();
    assertThat(browser.showing(By.cssSelector(".task-details .due-date"), "En retard").getText())
        .containsPattern(DUE_ON.substring("Échéance ".length()) + " \\(il y a 3 ans\\)");
  }

  @Test
  void dueDatesAreOverdueTodayOrLaterAndTheListAddressGetsItsSorting(Browser browser) {
    browser.open("/camunda/app/tasklist/default/");
    @SuppressWarnings("unchecked")
    List<Object> found =
        (List<Object>)
            browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/camunda/app/tasklist/scripts/escalade-tasklist.js').then(m => {"
                    + "  const now = new Date(2026, 11, 9, 10, 0);"
                    + "  done([m.dueState(new Date(2026, 11, 9, 9, 59), now), m.dueState(new Date(2026, 11, 9, 18, 0), now),"
                    + "    m.dueState(new Date(2026, 11, 10, 0, 0), now), m.dueState(new Date(2025, 0, 1), now),"
                    + "    m.withDefaultSorting('http://h/t/#/?filter=f&searchQuery=%5B%5D'),"
                    + "    m.withDefaultSorting('http://h/t/'), m.withDefaultSorting('http://h/t/#/login'),"
                    + "    m.withDefaultSorting('http://h/t/#/?filter=f&sorting=x'),"
                    + "    m.dueOnText(new Date(2026, 11, 9, 18, 0)),"
                    // a deadline's end of day, as the engine holds it: midnight starting the next day
                    + "    m.dueOnText(new Date(2026, 11, 10, 0, 0)), m.dueState(new Date(2026, 11, 11, 0, 0), now)]);"
                    + "}, e => done(['import failed: ' + e]));");
    String sorting = "sorting=%5B%7B%22sortBy%22%3A%22dueDate%22%2C%22sortOrder%22%3A%22asc%22%7D%5D";
    assertThat(found)
        .containsExactly(
            "overdue", "today", "today", "overdue",
            "http://h/t/#/?filter=f&searchQuery=%5B%5D&" + sorting,
            "http://h/t/#/?" + sorting, null, null,
            "le mer. 9 déc. 2026",
            "le mer. 9 déc. 2026", "later");
  }

  @Test
  void aClientsScriptIsTextInTheTaskListAndTheForm(Browser browser) {
    String reference =
        staff.register(2, StaffComplaints.todayInParis(), "Franchise " + SCRIPT, "Franchise appliquée à tort. " + SCRIPT);
    browser.logIn("tasklist", "marc");
    browser.open(staff.tasklistFilter("Service réclamations", reference));

    // the list's columns (reference, firm, complainant, subject…), unfolded as an agent would. (The
    // task of this complaint only: the filter's whole list, shown before the search applies, has
    // other complaints' tasks of the same name, gone a moment later.)
    browser.visible(taskItem("Qualifier la réclamation écrite", reference)).findElement(By.cssSelector("a.glyphicon-menu-down")).click();
    browser.showing(By.cssSelector(".tasks-list"), "Franchise " + SCRIPT);
    assertThat(browser.all(By.cssSelector(".tasks-list script"))).isEmpty();
    browser.clickable(taskLink("Qualifier la réclamation écrite", reference)).click();
    WebElement description = browser.visible(By.cssSelector("textarea[id$='description'], textarea[name='description']"));
    assertThat(description.getAttribute("value")).isEqualTo("Franchise appliquée à tort. " + SCRIPT);
    assertThat(browser.script("return window.escaladeInjected === undefined")).isEqualTo(true);
    browser.screenshot("tasklist-client-script-as-text");
  }

  /** A task of the list, by its name and the complaint's reference (both in the task's name). */
  private static By taskItem(String name, String reference) {
    return By.xpath("//*[contains(@class,'tasks-list')]//li[.//a[contains(., '" + name + "') and contains(., '" + reference + "')]]");
  }

  private static By taskLink(String name, String reference) {
    return By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., '" + name + "') and contains(., '" + reference + "')]");
  }

  /** Tasklist's sort header, above the list. */
  private static final By SORTING = By.cssSelector("[cam-sorting-choices]");
  /** Tasklist's notifications (its banners). */
  private static final By BANNER = By.cssSelector("[notifications-panel] .alert");
  /** « Échéance le jeu. 7 déc. 2023 » */
  private static final String DUE_ON = "Échéance le [a-zé]+\\. \\d{1,2} [a-zéû]+\\.? \\d{4}";

  /** The sorting Tasklist's address holds, decoded. */
  private static String sortingInAddress(Browser browser) {
    String hash = String.valueOf(browser.script("return location.hash"));
    Matcher sorting = Pattern.compile("[?&]sorting=([^&]*)").matcher(hash);
    return sorting.find() ? URLDecoder.decode(sorting.group(1), StandardCharsets.UTF_8) : null;
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  /** A choice of the form's « Qualification du message » (its label; the group is titled « Réclamation » too). */
  private static By choice(String label) {
    return By.xpath("//label[contains(@for, 'Field_qualification') and normalize-space() = '" + label + "']");
  }
}
