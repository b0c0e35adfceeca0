package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Cockpit as a French supervisor uses it, in headless Chromium: a complaint found by its reference. */
@EscaladeSpringTest
@ExtendWith(Chromium.class)
class CockpitInBrowserTests {

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired RepositoryService repository;

  @Test
  void aSupervisorFindsAComplaintsInstanceByItsReference(Browser browser) {
    String reference =
        new StaffComplaints(http, filters)
            .register(2, StaffComplaints.todayInParis(), "Prélèvement en double", "Deux prélèvements en mars.");
    String definition =
        repository.createProcessDefinitionQuery().processDefinitionKey("complaint-handling").latestVersion().singleResult().getId();

    browser.logIn("cockpit", "sophie");
    // the instances of the process, searched by business key (the reference), as the search box does
    String search = "[{\"type\":\"businessKey\",\"operator\":\"eq\",\"value\":\"" + reference + "\",\"name\":\"\"}]";
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime?searchQuery="
        + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
    browser.showing(By.cssSelector("td.business-key"), reference);
    browser.screenshot("cockpit-instances-by-reference");

    browser.clickable(By.xpath("//tr[td[contains(@class,'business-key') and contains(., '" + reference + "')]]//td[contains(@class,'instance-id')]//a")).click();
    browser.showing(By.cssSelector("dd.business-key"), reference);
    String page = browser.waitForText("Prélèvement en double");
    assertThat(page).contains("Hélène Martin");
    // the diagram first: its pane is taller than the one of variables below it (user-styles.css)
    Number diagram = (Number) browser.script("return document.querySelector('.ctn-content-top').getBoundingClientRect().height");
    Number variables = (Number) browser.script("return document.querySelector('.ctn-content-bottom').getBoundingClientRect().height");
    assertThat(diagram.doubleValue()).isGreaterThan(variables.doubleValue());
    browser.screenshot("cockpit-instance");
  }
}
