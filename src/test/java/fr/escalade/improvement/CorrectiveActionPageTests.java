package fr.escalade.improvement;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.identity.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/** Supervisors plan and follow corrective actions on a page of their own, no API needed. */
@EscaladeSpringTest
class CorrectiveActionPageTests {

  @Autowired MockMvc mvc;
  @Autowired ComplaintIntake intake;
  @Autowired Dysfunctions dysfunctions;
  @Autowired CorrectiveActions actions;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 7, 9, 0);

  private final String title = "Relire chaque échéancier " + UUID.randomUUID().toString().substring(0, 8);

  private static UserRequestPostProcessor supervisor() {
    return user("sophie").authorities(() -> Roles.SUPERVISORS);
  }

  /** The page's text as a reader sees it: no tags, entities decoded, spaces collapsed. */
  private String page() throws Exception {
    String html =
        mvc.perform(get("/rapports/actions?firm=almena").with(supervisor())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ");
  }

  @SuppressWarnings("unchecked")
  private static List<String> problems(MvcResult result) {
    return (List<String>) result.getFlashMap().get("problems");
  }

  @Test
  void aSupervisorPlansAnActionAgainstADysfunctionThenClosesItWithANote() throws Exception {
    Complaint complaint = intake.register(aComplaint().of("almena").sentAndReceivedOn(LocalDate.of(2026, 9, 1)).build());
    Dysfunction found = dysfunctions.record(complaint.getReference(), DysfunctionCategory.BILLING_ERROR, "Taux erroné.", "marc");
    assertThat(page()).contains("Planifier une action corrective", complaint.getReference(), "Taux erroné.");

    MvcResult planned =
        mvc.perform(post("/rapports/actions").with(supervisor()).with(csrf())
                .param("firm", "almena").param("title", title).param("owner", "Comptabilité")
                .param("dueOn", "2026-10-31").param("dysfunctionIds", String.valueOf(found.getId())))
            .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(problems(planned)).isEmpty();
    assertThat(page()).contains(title, "Responsable : Comptabilité", "échéance 31/10/2026", "réclamations : " + complaint.getReference(), "Prévue",
        "Avancement En cours Réalisée Abandonnée Note");
    long id = actions.list("almena", null, null).stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow().getId();

    MvcResult withoutNote =
        mvc.perform(post("/rapports/actions/" + id + "/avancement").with(supervisor()).with(csrf()).param("status", "DONE"))
            .andReturn();
    assertThat(problems(withoutNote)).singleElement().asString().contains("dites comment elle a été appliquée");

    mvc.perform(post("/rapports/actions/" + id + "/avancement").with(supervisor()).with(csrf())
            .param("status", "DONE").param("note", "Double contrôle en place."))
        .andExpect(status().is3xxRedirection());
    assertThat(page()).contains("Terminées", "Double contrôle en place.", "07/09/2026", "Réalisée");
  }

  @Test
  void anIncompletePlanIsRefusedWithEachProblemInFrench() throws Exception {
    MvcResult refused =
        mvc.perform(post("/rapports/actions").with(supervisor()).with(csrf()).param("firm", "almena").param("dueOn", "2026-01-01"))
            .andReturn();

    assertThat(problems(refused))
        .containsExactly("Indiquez l’action (200 caractères au plus).", "Indiquez qui en est responsable (200 caractères au plus).");
  }

  @Test
  void onlySupervisorsAndCsrfTokensGetThrough() throws Exception {
    mvc.perform(get("/rapports/actions").with(user("marc").authorities(() -> Roles.COMPLAINTS_SERVICE))).andExpect(status().isForbidden());
    mvc.perform(post("/rapports/actions").with(supervisor()).param("firm", "almena").param("title", "x")).andExpect(status().isForbidden());
  }
}
