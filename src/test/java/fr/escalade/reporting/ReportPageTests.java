package fr.escalade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Supervisors log in with their Camunda user and read the figures of a firm and period on one page. */
@EscaladeSpringTest
class ReportPageTests {

  @Autowired MockMvc mvc;

  private static UserRequestPostProcessor supervisor() {
    return user("sophie").authorities(() -> Roles.SUPERVISORS);
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    mvc.perform(get("/rapports")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/rapports/connexion"));
    String login = mvc.perform(get("/rapports/connexion")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(login).contains("identifiant Camunda", "name=\"_csrf\"");
  }

  @Test
  void staffLogInWithTheirCamundaPasswordAndOnlySupervisorsGetIn() throws Exception {
    mvc.perform(formLogin("/rapports/connexion").user("sophie").password("sophie")).andExpect(redirectedUrl("/"));
    mvc.perform(formLogin("/rapports/connexion").user("nobody").password("guess")).andExpect(redirectedUrl("/rapports/connexion?erreur"));
    mvc.perform(get("/rapports").with(user("marc").authorities(() -> Roles.COMPLAINTS_SERVICE))).andExpect(status().isForbidden());
  }

  @Test
  void thePageShowsTheFiguresChartsAndCorrectiveActionsOfAFirmAndPeriod() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/rapports?firm=rapports&from=2024-03-01&to=2024-06-30").with(supervisor()))
            .andExpect(status().isOk()).andReturn().getResponse();
    String page = HtmlUtils.htmlUnescape(response.getContentAsString());

    assertThat(page)
        .contains("Rapports des réclamations", "Cabinet Rapports", "accusées dans le délai d'accusé de réception", "répondues dans le délai de réponse")
        .contains("Réclamations reçues par mois", "Délais tenus par mois", "<svg", "mars 24", "juin 24")
        .contains("Les chiffres mois par mois", "mars 2024", "juin 2024")
        .contains("Actions correctives ouvertes", "/rapports/registre.csv?firm=rapports&from=2024-03-01&to=2024-06-30");
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'none'");
  }

  @Test
  void aBadChoiceIsSaidOnThePageAndTheDefaultShown() throws Exception {
    String page =
        HtmlUtils.htmlUnescape(
            mvc.perform(get("/rapports?firm=nowhere&from=hier").with(supervisor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

    assertThat(page).contains("Cabinet inconnu : « nowhere »", "« Du » n'est pas une date (AAAA-MM-JJ) : hier");
  }

  @Test
  void theRegisterOfThePeriodDownloadsAsCsvWithinTheSession() throws Exception {
    MockHttpServletResponse csv =
        mvc.perform(get("/rapports/registre.csv?firm=rapports&from=2024-01-01&to=2024-12-31").with(supervisor()))
            .andExpect(status().isOk()).andReturn().getResponse();

    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).contains("registre-reclamations.csv");
    assertThat(csv.getContentAsString()).as("the file French spreadsheets open").startsWith("\uFEFFRéférence;Cabinet;Canal;");
  }
}
