package fr.escalade.staff;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.staff.StaffUsers.complaintsService;
import static fr.escalade.staff.StaffUsers.firstContact;
import static fr.escalade.staff.StaffUsers.inNoWorkingGroup;
import static fr.escalade.staff.StaffUsers.supervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.intake.NewComplaint;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Staff find a complaint of their firms by reference or name, and read it on a page of its own: where
 * it stands, its dates, referrals, delay notices and every letter, with clients' words as text.
 */
@EscaladeSpringTest
class StaffPagesTests {

  static final String SEARCH = "/personnel/reclamations";

  @Autowired MockMvc mvc;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired IdentityService identity;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 7, 9, 0);

  /** A surname no other test uses (letters only: the name search splits words on digits). */
  private final String surname = "Zorglub" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);

  private Complaint registered(String firm, String name) {
    return intake.register(aComplaint().of(firm).from(name, "client@example.fr", null).sentAndReceivedOn(LocalDate.of(2026, 9, 1)).build());
  }

  private String page(String path, RequestPostProcessor as) throws Exception {
    return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(as)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  @Test
  void theSearchAndTheComplaintPageAreForTheWorkingGroupsAndAnonymousVisitorsLogInFirst() throws Exception {
    Complaint complaint = registered("asekkey", "Hélène " + surname);
    String complaintPage = SEARCH + "/" + complaint.getReference();
    for (String path : new String[] {SEARCH, complaintPage}) {
      mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/rapports/connexion"));
      mvc.perform(get(path).with(inNoWorkingGroup())).andExpect(status().isForbidden());
      for (RequestPostProcessor staff : new RequestPostProcessor[] {firstContact(), complaintsService(), supervisor()}) {
        mvc.perform(get(path).with(staff)).andExpect(status().isOk());
      }
    }
  }

  @Test
  void staffFindAComplaintByTheComplainantsNameOrTheBeginningOfItsReference() throws Exception {
    Complaint helene = registered("asekkey", "Hélène " + surname);
    Complaint paul = registered("almena", "Paul " + surname);

    String byName = page(SEARCH + "?q=helene " + surname.toLowerCase(), firstContact());
    assertThat(byName).contains("1 réclamation trouvée", helene.getReference(), "Hélène " + surname).doesNotContain(paul.getReference());

    String bySurname = page(SEARCH + "?q=" + surname, complaintsService());
    assertThat(bySurname).contains("2 réclamations trouvées", helene.getReference(), paul.getReference(), "Asekkey", "Almena");

    String byBeginning = page(SEARCH + "?q=" + helene.getReference().substring(0, helene.getReference().length() - 1), firstContact());
    assertThat(byBeginning).contains(helene.getReference());

    // a whole reference opens the complaint
    mvc.perform(get(SEARCH + "?q=" + helene.getReference().toLowerCase()).with(firstContact()))
        .andExpect(redirectedUrl(SEARCH + "/" + helene.getReference()));

    assertThat(page(SEARCH + "?q=Personne" + surname, firstContact())).contains("Aucune réclamation de vos cabinets ne correspond");
  }

  @Test
  void theSearchShowsAPageAtATimeAndRefusesWhatIsNoNameInFrench() throws Exception {
    for (int i = 0; i < ComplaintSearchController.PAGE_SIZE + 1; i++) {
      registered("asekkey", "Bernard " + surname);
    }
    String first = page(SEARCH + "?q=" + surname, firstContact());
    assertThat(first.split("<td class=\"ref\">", -1)).hasSize(ComplaintSearchController.PAGE_SIZE + 1);
    assertThat(first).contains("21 réclamations trouvées", "page 1 sur 2", "Suivantes");
    String second = page(SEARCH + "?q=" + surname + "&page=1", firstContact());
    assertThat(second.split("<td class=\"ref\">", -1)).hasSize(2);

    String tooLong =
        HtmlUtils.htmlUnescape(mvc.perform(get(SEARCH + "?q=" + "a".repeat(101)).with(firstContact()))
            .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
    assertThat(tooLong).contains("100 caractères au plus");
    mvc.perform(get(SEARCH + "?q=" + surname + "&page=-1").with(firstContact())).andExpect(status().isBadRequest());
    mvc.perform(get(SEARCH + "?q=" + surname + "&page=99999").with(firstContact())).andExpect(status().isBadRequest());
  }

  @Test
  void aUserOfOneFirmNeitherFindsNorOpensAnotherFirmsComplaint() throws Exception {
    RequestPostProcessor almenaAgent = StaffUsers.almenaOnly(identity);
    Complaint asekkeys = registered("asekkey", "Hélène " + surname);
    Complaint almenas = registered("almena", "Paul " + surname);

    assertThat(page(SEARCH + "?q=" + surname, almenaAgent)).contains(almenas.getReference()).doesNotContain(asekkeys.getReference());
    mvc.perform(get(SEARCH + "?q=" + asekkeys.getReference()).with(almenaAgent)).andExpect(status().isOk());
    // the same 404 as an unknown reference, for the page and its letters
    mvc.perform(get(SEARCH + "/" + asekkeys.getReference()).with(almenaAgent)).andExpect(status().isNotFound());
    mvc.perform(get(SEARCH + "/REC-1999-999999").with(almenaAgent)).andExpect(status().isNotFound());
    mvc.perform(get(SEARCH + "/" + asekkeys.getReference() + "/courriers/1.pdf").with(almenaAgent)).andExpect(status().isNotFound());
    mvc.perform(get(SEARCH + "/" + almenas.getReference()).with(almenaAgent)).andExpect(status().isOk());
  }

  @Test
  void theComplaintPageShowsItsStatusDatesNoticesReferralsAndEveryLetterWithClientsWordsAsText() throws Exception {
    NewComplaint online =
        new NewComplaint("asekkey", Channel.WEB, null, null, 2,
            new NewComplaint.Person("Hélène <script>alert('nom')</script> " + surname, null, "3 rue des Lilas\n75011 Paris", null, true, null, null),
            "HAB-2024-0042", "Sinistre <b>non</b> indemnisé", "Mon sinistre <script>alert('x')</script> n'est pas indemnisé.");
    Complaint complaint = intake.registerOnline(online).complaint();
    register.recordDelayNotice(register.get(complaint.getReference()), "Expertise <i>en cours</i>", LocalDate.of(2026, 12, 15));
    register.recordMediatorReferral(register.get(complaint.getReference()), null, LocalDate.of(2026, 9, 7));

    MockHttpServletResponse response =
        mvc.perform(get(SEARCH + "/" + complaint.getReference()).with(complaintsService())).andExpect(status().isOk()).andReturn().getResponse();
    String html = response.getContentAsString();
    String page = HtmlUtils.htmlUnescape(html);

    assertThat(page)
        .contains("Réclamation " + complaint.getReference(), "Chez le médiateur", "Niveau 3 – Médiateur", "Formulaire en ligne")
        .contains("Échéances", "Accusé de réception", "Réponse motivée", "Date légale", "Date visée")
        .contains(format(complaint.getAcknowledgementDueOn()), format(complaint.getAnswerDueOn()), "Point de départ des délais")
        .contains("Retards annoncés", "15/12/2026", "Réponse à la date annoncée au client")
        .contains("Saisines du médiateur", "07/09/2026")
        .contains("Courriers", "Copie datée de la réclamation en ligne", "Courrier postal", "Lire le texte", "PDF");
    // clients' and staff's words are text, never markup
    assertThat(html)
        .contains("Mon sinistre &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Hélène &lt;script&gt;", "Sinistre &lt;b&gt;non&lt;/b&gt;",
            "Expertise &lt;i&gt;en cours&lt;/i&gt;")
        .doesNotContain("<script>alert", "<b>non</b>", "<i>en cours</i>");
    assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'none'");

    // the postal letter's PDF, for the same readers
    String pdfLink = html.replaceAll("(?s).*href=\"(/personnel/reclamations/[^\"]+\\.pdf)\".*", "$1");
    MockHttpServletResponse pdf = mvc.perform(get(pdfLink).with(firstContact())).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
    assertThat(pdf.getHeader("Cache-Control")).contains("no-store");
  }

  @Test
  void supervisorsGetALinkToTheInstanceInCockpitAndAgentsDoNot() throws Exception {
    Complaint complaint = registered("asekkey", "Hélène " + surname);

    assertThat(page(SEARCH + "/" + complaint.getReference(), supervisor()))
        .contains("/camunda/app/cockpit/default/#/process-instance/" + complaint.getProcessInstanceId());
    assertThat(page(SEARCH + "/" + complaint.getReference(), firstContact())).doesNotContain("/camunda/app/cockpit/");
  }

  @Test
  void everyLetterTypeHasAFrenchName() {
    for (LetterType type : LetterType.values()) {
      assertThat(Labels.of(type)).as(type.name()).isNotEqualTo(type.name());
    }
  }

  private static String format(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
