package fr.escalade.intake;

import static fr.escalade.staff.StaffUsers.complaintsService;
import static fr.escalade.staff.StaffUsers.firstContact;
import static fr.escalade.staff.StaffUsers.inNoWorkingGroup;
import static fr.escalade.staff.StaffUsers.supervisor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.register.RegisterSelection;
import fr.escalade.staff.StaffUsers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Staff register a complaint heard on the phone, at the counter or received by post on a page of
 * their own, through the API's intake: its checks (said in French next to the fields), its register
 * entry, reference and process, its idempotency.
 */
@EscaladeSpringTest
class StaffRegistrationPageTests {

  static final String PAGE = "/personnel/reclamations/nouvelle";

  @Autowired MockMvc mvc;
  @Autowired ComplaintRegister register;
  @Autowired ComplaintRepository complaints;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 9, 7, 9, 0);

  /** A name no other test uses, to count what was registered under it. */
  private final String name = "Paul Girard " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");

  private long registeredUnderName() {
    return complaints.count(RegisterSelection.search(name).toSpecification(Map.of()));
  }

  private static String text(MvcResult result) throws Exception {
    return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
  }

  /** A phone call: a name and a phone number, nothing else the client need give; {@code changes}: name, value, … */
  private MockHttpServletRequestBuilder phoneCall(RequestPostProcessor as, String key, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", key);
    fields.put("channel", "PHONE");
    fields.put("firm", "asekkey");
    fields.put("name", name);
    fields.put("phone", "06 12 34 56 78");
    fields.put("subject", "Prélèvement en double");
    fields.put("description", "Appel du client : deux prélèvements en mars.");
    for (int i = 0; i < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post(PAGE).with(as).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  @Test
  void theFormIsForTheWorkingGroupsOnlyAndAnonymousVisitorsAreSentToTheLogin() throws Exception {
    mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/rapports/connexion"));
    mvc.perform(get(PAGE).with(inNoWorkingGroup())).andExpect(status().isForbidden());
    mvc.perform(phoneCall(inNoWorkingGroup(), UUID.randomUUID().toString())).andExpect(status().isForbidden());
    for (RequestPostProcessor staff : new RequestPostProcessor[] {firstContact(), complaintsService(), supervisor()}) {
      String page = text(mvc.perform(get(PAGE).with(staff)).andExpect(status().isOk()).andReturn());
      assertThat(page)
          .contains("Enregistrer une réclamation", "name=\"_csrf\"", "name=\"idempotencyKey\"", "Téléphone", "Accueil", "Courrier")
          .contains("<label for=\"name\">Nom et prénom", "<label for=\"sentOn\">", "<label for=\"entryLevel\">")
          .doesNotContain("Formulaire en ligne");
    }
    assertThat(registeredUnderName()).isZero();
  }

  @Test
  void aFormSentWithoutItsCsrfTokenRegistersNothing() throws Exception {
    mvc.perform(post(PAGE).with(firstContact()).param("channel", "PHONE").param("firm", "asekkey").param("name", name)
            .param("phone", "0612345678").param("subject", "Objet").param("description", "Texte"))
        .andExpect(status().isForbidden());
    assertThat(registeredUnderName()).isZero();
  }

  @Test
  void aPhoneComplaintWithANameAndAPhoneOnlyIsRegisteredThroughTheIntakeAndTheReferenceShown() throws Exception {
    MvcResult sent = mvc.perform(phoneCall(firstContact(), UUID.randomUUID().toString()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE)).andReturn();

    Object registered = sent.getFlashMap().get("registered");
    String reference = ((StaffRegistrationController.Registered) registered).reference();
    Complaint complaint = register.get(reference);
    assertThat(complaint.getChannel()).isEqualTo(Channel.PHONE);
    assertThat(complaint.getComplainant().getName()).isEqualTo(name);
    assertThat(complaint.getComplainant().getPhone()).isEqualTo("06 12 34 56 78");
    assertThat(complaint.getComplainant().getEmail()).isNull();
    // an oral complaint's clocks run from the call; its process started as the API's would
    assertThat(complaint.getSentOn()).isEqualTo(java.time.LocalDate.of(2026, 9, 7));
    assertThat(complaint.getEntryLevel()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);

    // the page after the redirect shows the reference, its link and a fresh form for the next call
    String page = text(mvc.perform(get(PAGE).with(firstContact()).flashAttr("registered", registered)).andExpect(status().isOk()).andReturn());
    assertThat(page)
        .contains("Réclamation", reference, "enregistrée", "href=\"/personnel/reclamations/" + reference + "\"", "Ouvrir la réclamation")
        .contains("Consigner la réclamation orale")
        .doesNotContain("value=\"" + name + "\"");
  }

  @Test
  void theSameFormSentTwiceRegistersOneComplaint() throws Exception {
    String key = UUID.randomUUID().toString();
    MvcResult first = mvc.perform(phoneCall(firstContact(), key)).andExpect(status().is3xxRedirection()).andReturn();
    MvcResult second = mvc.perform(phoneCall(firstContact(), key)).andExpect(status().is3xxRedirection()).andReturn();

    assertThat(((StaffRegistrationController.Registered) second.getFlashMap().get("registered")).reference())
        .isEqualTo(((StaffRegistrationController.Registered) first.getFlashMap().get("registered")).reference());
    assertThat(registeredUnderName()).isEqualTo(1);

    // the same key with other contents: said in French, with a new key to send it as a new complaint
    MvcResult changed = mvc.perform(phoneCall(firstContact(), key, "subject", "Autre chose")).andExpect(status().isBadRequest()).andReturn();
    assertThat(text(changed)).contains("Ce formulaire a déjà servi à enregistrer une réclamation").doesNotContain("value=\"" + key + "\"");
    assertThat(registeredUnderName()).isEqualTo(1);
  }

  @Test
  void badInputIsShownNextToEachFieldInFrenchWithWhatWasTypedKept() throws Exception {
    MvcResult refused =
        mvc.perform(post(PAGE).with(complaintsService()).with(csrf())
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("channel", "PHONE")
                .param("firm", "asekkey")
                .param("sentOn", "31/02/2026")
                .param("name", name)
                .param("email", "pas-une-adresse")
                .param("contractReference", "HAB-<b>42</b>")
                .param("subject", "")
                .param("description", "Le client a appelé deux fois."))
            .andExpect(status().isBadRequest()).andReturn();
    String page = text(refused);

    assertThat(page)
        .contains("La réclamation n’a pas été enregistrée.")
        .contains("Une date au format AAAA-MM-JJ", "Cette adresse e-mail n’est pas valide.", "Indiquez l’objet de la réclamation.")
        .contains("value=\"31/02/2026\"", "value=\"" + name + "\"", "value=\"pas-une-adresse\"", "Le client a appelé deux fois.")
        .contains("id=\"sentOn-error\"", "aria-invalid=\"true\"");
    // what was typed comes back as text, not markup
    assertThat(refused.getResponse().getContentAsString()).contains("HAB-&lt;b&gt;42&lt;/b&gt;");
    assertThat(registeredUnderName()).isZero();
  }

  @Test
  void aPhoneComplaintNeedsAWayToCallBackAndAWrittenOneAnAddress() throws Exception {
    String phoneOnlyName =
        text(mvc.perform(phoneCall(firstContact(), UUID.randomUUID().toString(), "phone", ""))
            .andExpect(status().isBadRequest()).andReturn());
    assertThat(phoneOnlyName).contains("Indiquez un téléphone, une adresse e-mail ou une adresse postale pour recontacter le réclamant.");

    String letterWithPhoneOnly =
        text(mvc.perform(phoneCall(firstContact(), UUID.randomUUID().toString(), "channel", "POST"))
            .andExpect(status().isBadRequest()).andReturn());
    assertThat(letterWithPhoneOnly).contains("la réponse écrite doit parvenir au réclamant");
    assertThat(registeredUnderName()).isZero();
  }

  @Test
  void theIntakesOwnChecksAreSaidInFrenchNextToTheirField() throws Exception {
    String future =
        text(mvc.perform(phoneCall(firstContact(), UUID.randomUUID().toString(), "receivedOn", "2026-09-20"))
            .andExpect(status().isBadRequest()).andReturn());
    assertThat(future).contains("Cette date est dans le futur.", "id=\"receivedOn-error\"");

    String receivedBeforeSent =
        text(mvc.perform(phoneCall(firstContact(), UUID.randomUUID().toString(), "sentOn", "2026-09-03", "receivedOn", "2026-09-01"))
            .andExpect(status().isBadRequest()).andReturn());
    assertThat(receivedBeforeSent).contains("La réclamation ne peut être reçue avant d’avoir été envoyée.");
    assertThat(registeredUnderName()).isZero();
  }

  @Test
  void staffChooseAmongTheirOwnFirmsOnly() throws Exception {
    RequestPostProcessor almenaAgent = StaffUsers.almenaOnly(identity);
    String form = text(mvc.perform(get(PAGE).with(almenaAgent)).andExpect(status().isOk()).andReturn());
    assertThat(form).contains("<option value=\"almena\" selected=\"selected\">").doesNotContain("value=\"asekkey\"");

    String refused = text(mvc.perform(phoneCall(almenaAgent, UUID.randomUUID().toString())).andExpect(status().isBadRequest()).andReturn());
    assertThat(refused).contains("Choisissez un des cabinets pour lesquels vous travaillez.");
    assertThat(registeredUnderName()).isZero();

    mvc.perform(phoneCall(almenaAgent, UUID.randomUUID().toString(), "firm", "almena")).andExpect(status().is3xxRedirection());
    assertThat(registeredUnderName()).isEqualTo(1);
  }
}
