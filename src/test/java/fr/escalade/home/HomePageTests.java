package fr.escalade.home;

import static fr.escalade.staff.StaffUsers.complaintsService;
import static fr.escalade.staff.StaffUsers.firstContact;
import static fr.escalade.staff.StaffUsers.inNoWorkingGroup;
import static fr.escalade.staff.StaffUsers.supervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The home page at / leads each role to its tools, and anyone to the public forms and the login. */
@EscaladeSpringTest
class HomePageTests {

  @Autowired MockMvc mvc;

  private String home(RequestPostProcessor... as) throws Exception {
    var request = get("/");
    for (RequestPostProcessor user : as) {
      request.with(user);
    }
    return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  @Test
  void anAnonymousVisitorSeesThePublicFormsAndTheWayToLogInInsteadOfCamundasLogin() throws Exception {
    String page = home();

    assertThat(page)
        .contains("lang=\"fr\"", "Déposer une réclamation en ligne", "href=\"/reclamation/asekkey\"", "href=\"/reclamation/almena\"")
        .contains("Se connecter", "href=\"/rapports/connexion\"", "href=\"/camunda/app/tasklist/\"")
        .doesNotContain("/personnel/reclamations/nouvelle", "href=\"/rapports\"", "/camunda/app/cockpit/", "/camunda/app/admin/");
  }

  @Test
  void agentsSeeTasklistAndTheStaffPagesButNotTheSupervisorsTools() throws Exception {
    for (RequestPostProcessor agent : new RequestPostProcessor[] {firstContact(), complaintsService()}) {
      String page = home(agent);

      assertThat(page)
          .contains("Vos outils", "href=\"/camunda/app/tasklist/\"", "href=\"/personnel/reclamations/nouvelle\"",
              "href=\"/personnel/reclamations\"", "Se déconnecter", "href=\"/reclamation/asekkey\"")
          .doesNotContain("href=\"/rapports\"", "/rapports/actions", "/camunda/app/cockpit/", "/camunda/app/admin/", "Se connecter<");
    }
  }

  @Test
  void supervisorsSeeCockpitTheReportsAndTheCorrectiveActionsToo() throws Exception {
    String page = home(supervisor());

    assertThat(page)
        .contains("Connecté : <strong>sophie</strong>", "(Superviseurs)", "href=\"/camunda/app/tasklist/\"", "href=\"/personnel/reclamations/nouvelle\"")
        .contains("Supervision", "href=\"/camunda/app/cockpit/\"", "href=\"/rapports\"", "href=\"/rapports/actions\"")
        .doesNotContain("/camunda/app/admin/");
  }

  @Test
  void administratorsSeeAdminAndEveryTool() throws Exception {
    String page = home(user("demo").authorities(() -> Roles.ADMIN));

    assertThat(page).contains("/camunda/app/admin/", "/camunda/app/cockpit/", "href=\"/rapports\"", "/personnel/reclamations/nouvelle");
  }

  @Test
  void aUserInNoWorkingGroupIsToldSoAndOfferedNoTool() throws Exception {
    String page = home(inNoWorkingGroup());

    assertThat(page)
        .contains("ne fait partie d’aucun groupe de travail", "href=\"/reclamation/asekkey\"")
        .doesNotContain("/personnel/reclamations", "/camunda/app/cockpit/", "href=\"/rapports\"");
  }
}
