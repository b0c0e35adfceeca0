package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A task's form in Tasklist, worked as an agent works it: opened from the agent's filter, claimed,
 * read, filled by its French labels, completed with « Terminer ». Fields are found by their key in
 * the form ({@code answerText}): form-js names each input after it ({@code …Field_answerText}).
 */
final class TaskForm {

  /**
   * The channels' codes, which an agent must never read in a form (« Téléphone », not PHONE), and
   * form-js's English placeholder of an empty select (« Choisir… », escalade-form-fr.js).
   */
  static final Pattern RAW_CHANNEL_CODE = Pattern.compile("\\b(EMAIL|POST|PHONE|COUNTER|Select)\\b");

  /** About how long form-js waits after a key before it takes a text field's value (its debounce). */
  private static final Duration FORM_JS_DEBOUNCE = Duration.ofMillis(300);

  private static final By FORM = By.cssSelector(".task-details .fjs-container");
  private static final By COMPLETE = By.xpath("//button[normalize-space() = 'Terminer']");

  private final Browser browser;

  private TaskForm(Browser browser) {
    this.browser = browser;
  }

  /**
   * Opens, from a filter searched for one complaint, its task whose name starts so (the name goes
   * on with the reference and the complainant), and claims it.
   */
  static TaskForm claim(Browser browser, StaffComplaints staff, String filter, String reference, String taskName) {
    browser.open(staff.tasklistFilter(filter, reference));
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., " + literal(taskName + " – " + reference) + ")]"));
    browser.click(By.cssSelector("button.claim"));
    // claimed: the button gives way to the agent's name
    browser.waitUntilGone(By.cssSelector("button.claim"));
    TaskForm form = new TaskForm(browser);
    browser.visible(FORM);
    return form;
  }

  /**
   * What the form shows an agent: its text and what its fields hold (read-only fields show the
   * complaint in inputs, whose values are no page text).
   */
  String shown() {
    WebElement form = browser.visible(FORM);
    StringBuilder shown = new StringBuilder(form.getText());
    for (WebElement field : form.findElements(By.cssSelector("input:not([type='hidden']):not([type='radio']):not([type='checkbox']), textarea"))) {
      String value = field.getAttribute("value");
      if (value != null && !value.isBlank()) {
        shown.append('\n').append(value);
      }
    }
    return shown.toString();
  }

  /** The channel codes this form shows as text ({@code PHONE} where « Téléphone » is meant). */
  List<String> rawCodes() {
    Matcher found = RAW_CHANNEL_CODE.matcher(shown());
    return found.results().map(m -> m.group(1)).distinct().toList();
  }

  /** The value of a field, by its key ({@code reference}). */
  String value(String key) {
    return browser.visible(field(key)).getAttribute("value");
  }

  /** Picks one choice of a radio group by its label. */
  TaskForm choose(String key, String label) {
    browser.click(By.xpath("//label[contains(@for, 'Field_" + key + "') and normalize-space() = " + literal(label) + "]"));
    return this;
  }

  /**
   * Types into a text field or text area, and leaves it. form-js takes what is typed in after a
   * short pause; a field typed into before that may redraw the form and empty the previous one, as
   * a slow machine shows: the value is checked once taken, and typed again if it was lost.
   */
  TaskForm type(String key, String text) {
    for (int attempt = 1; ; attempt++) {
      WebElement field = browser.visible(field(key));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
      if (!field.getAttribute("value").isEmpty()) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      }
      field.sendKeys(text, Keys.TAB);
      pause(FORM_JS_DEBOUNCE.multipliedBy(2));
      if (text.equals(browser.visible(field(key)).getAttribute("value")) || attempt == 3) {
        return this;
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Picks an option of a form-js select (a list that opens under the field) by its label. */
  TaskForm select(String key, String label) {
    browser.click(By.cssSelector(".fjs-form-field:has([id$='Field_" + key + "']) .fjs-select-display"));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space() = " + literal(label) + "]"));
    WebElement shown = browser.showing(By.cssSelector(".fjs-form-field:has([id$='Field_" + key + "']) .fjs-select-display"), label);
    // exactly the label: nothing left of the empty select's placeholder beside it
    assertThat(shown.getText().trim()).isEqualTo(label);
    return this;
  }

  /** Completes the task with « Terminer » and waits until Tasklist has sent it (the form goes). */
  void complete() {
    browser.press(COMPLETE);
    browser.waitUntilGone(FORM);
  }

  /** The form's French validation message, shown when « Terminer » is pressed with a required field empty. */
  String refusedWithAnEmptyField() {
    browser.press(COMPLETE);
    return browser.visible(By.cssSelector(".fjs-form-field-error")).getText();
  }

  /** A label as an XPath string: French labels have apostrophes (« Réglée à l'amiable »), never double quotes. */
  static String literal(String text) {
    return text.contains("'") ? '"' + text + '"' : "'" + text + "'";
  }

  private static By field(String key) {
    return By.cssSelector("input[id$='Field_" + key + "'], textarea[id$='Field_" + key + "']");
  }

  static void assertShowsTheComplaint(String shown, String reference, String complainant, String description) {
    assertThat(shown).as("the form shows the complaint").contains(reference, complainant, description);
  }
}
