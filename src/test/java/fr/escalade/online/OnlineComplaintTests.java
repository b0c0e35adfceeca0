package fr.escalade.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** A client files a complaint on the public page without an account, keeps the receipt and follows it. */
@EscaladeSpringTest
class OnlineComplaintTests {

  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
  private static final String SCRIPT = "<script>alert('x')</script>";

  @Autowired MockMvc mvc;
  @LocalServerPort int port;
  @Autowired ComplaintRepository complaints;
  @Autowired LetterRepository letters;

  /** Each test comes from its own address, so that the rate limit of one does not stop another. */
  private final String address = "192.0.2." + ADDRESSES.getAndIncrement();

  private RequestPostProcessor fromClient() {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private MockHttpServletRequestBuilder filled(String firm) {
    return post("/reclamation/" + firm)
        .with(fromClient())
        .param("name", "Hélène Martin")
        .param("email", "helene.martin@example.fr")
        .param("client", "true")
        .param("contractReference", "AUTO-77")
        .param("subject", "Franchise " + SCRIPT)
        .param("description", "On m'applique une franchise qui n'est pas au contrat. " + SCRIPT)
        .param("consent", "true");
  }

  /** The page as a reader sees its text: entities decoded. */
  private static String readable(String html) {
    return HtmlUtils.htmlUnescape(html);
  }

  @Test
  void theFormExplainsTheFirmsProcedureAndCarriesACsrfToken() throws Exception {
    MockHttpServletResponse page = mvc.perform(get("/reclamation/asekkey")).andExpect(status().isOk()).andReturn().getResponse();

    assertThat(readable(page.getContentAsString()))
        .contains("Déposer une réclamation", "Asekkey", "10 jours ouvrables", "2 mois", "60 jours",
            "La Médiation de l'Assurance", "interlocuteur habituel", "name=\"_csrf\"", "J'accepte");
    assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'", "form-action 'self'");
    assertThat(readable(mvc.perform(get("/reclamation/almena")).andReturn().getResponse().getContentAsString()))
        .as("Almena has no first-contact level and opens mediation after 2 months")
        .contains("Almena group & associés", "06 18 82 70 50")
        .doesNotContain("Votre interlocuteur habituel.", "60 jours");
  }

  @Test
  void thePageShowsTheFirmsIdentityAndAPrivacyNoticeWordedFromItsConfiguration() throws Exception {
    String asekkey = readable(mvc.perform(get("/reclamation/asekkey")).andReturn().getResponse().getContentAsString());
    assertThat(asekkey)
        .contains("Vos données personnelles", "<strong>Asekkey</strong> est responsable",
            "conservées <strong>5 ans</strong> après la clôture", "Réclamation@asekkey.fr",
            "10 rue de Penthièvre, 75008 Paris", "CNIL")
        .as("no logo configured: the name alone").doesNotContain("<img");

    MockHttpServletResponse rapports = mvc.perform(get("/reclamation/rapports")).andReturn().getResponse();
    assertThat(readable(rapports.getContentAsString()))
        .containsPattern("<img src=\"https://cdn.rapports.test/logo.png\"[^>]* alt=\"Logo Cabinet Rapports\"")
        .contains("conservées <strong>3 ans</strong>");
    assertThat(rapports.getHeader("Content-Security-Policy"))
        .as("the logo's origin, and no other, beside the pages' own")
        .contains("img-src 'self' data: https://cdn.rapports.test;", "default-src 'none'");
  }

  @Test
  void aSubmittedComplaintGetsADatedReceiptAndATrackingLinkThatShowsItsDates() throws Exception {
    MvcResult submitted = mvc.perform(filled("asekkey").with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/reclamation/asekkey/recu");
    OnlineComplaintController.Receipt receipt = (OnlineComplaintController.Receipt) submitted.getFlashMap().get("receipt");

    String receiptPage =
        mvc.perform(get("/reclamation/asekkey/recu").flashAttr("receipt", receipt)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(receiptPage).contains(receipt.reference(), receipt.trackingUrl(), receipt.answerDueOn(), "Nous avons reçu votre réclamation le");
    assertThat(readable(receiptPage))
        .as("the time of the submission with its place in words")
        .containsPattern("le\\s+<strong>\\d{1,2}(er)? \\p{L}+ \\d{4} à \\d{1,2} h \\d{2} \\(heure de Paris\\)</strong>")
        .doesNotContain("Europe/Paris")
        .as("the tracking link may wrap on a phone").contains("<p class=\"link\"><a href=\"" + receipt.trackingUrl());
    Complaint complaint = complaints.findByReference(receipt.reference()).orElseThrow();
    assertThat(complaint.getChannel()).isEqualTo(Channel.WEB);
    assertThat(complaint.getComplainant().getClient()).isTrue();
    assertThat(complaint.getEntryLevel()).as("the page is the complaints service's").isEqualTo(2);
    assertThat(letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(receipt.reference()))
        .anySatisfy(letter -> {
          assertThat(letter.getType()).isEqualTo(LetterType.SUBMISSION_COPY);
          assertThat(letter.getBody()).contains(receipt.trackingUrl());
        });
    assertThat(receipt.trackingUrl())
        .as("the server's own address and port, never the request's Host: no escalade.public-url in the tests")
        .matches("http://localhost:" + port + "/suivi/[A-Za-z0-9_-]{43}");

    String tracking =
        mvc.perform(get(receipt.trackingUrl().substring(("http://localhost:" + port).length()))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(readable(tracking))
        .contains(receipt.reference(), "Enregistrée, en cours d'examen", "Niveau 2 – le service réclamations",
            "au plus tard le " + receipt.acknowledgementDueOn())
        .contains("Franchise " + SCRIPT)
        .doesNotContain("Hélène", "helene.martin@example.fr", "AUTO-77");
    assertThat(tracking).as("the client's words are shown as text").doesNotContain(SCRIPT).contains("&lt;script&gt;");
  }

  @Test
  void aClientWithAPostalAddressAndNoEmailIsAcceptedAndGetsTheDatedCopyByPost() throws Exception {
    // the form as a browser posts it: the e-mail field is there, empty
    MvcResult submitted =
        mvc.perform(post("/reclamation/almena").with(fromClient()).with(csrf())
                .param("name", "Lucien Bérard")
                .param("email", "")
                .param("postalAddress", "12 rue Schœlcher, 97110 Pointe-à-Pitre")
                .param("phone", "")
                .param("client", "true")
                .param("contractReference", "")
                .param("subject", "Résiliation non prise en compte")
                .param("description", "Ma demande de résiliation du 2 février est restée sans effet.")
                .param("consent", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn();

    assertThat(readable(submitted.getResponse().getContentAsString())).doesNotContain("Cette adresse e-mail n’est pas valide.");
    OnlineComplaintController.Receipt receipt = (OnlineComplaintController.Receipt) submitted.getFlashMap().get("receipt");
    Complaint complaint = complaints.findByReference(receipt.reference()).orElseThrow();
    assertThat(complaint.getComplainant().getEmail()).isNull();
    assertThat(complaint.getComplainant().getPostalAddress()).isEqualTo("12 rue Schœlcher, 97110 Pointe-à-Pitre");
    assertThat(letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(receipt.reference()))
        .filteredOn(letter -> letter.getType() == LetterType.SUBMISSION_COPY)
        .singleElement()
        .satisfies(copy -> {
          assertThat(copy.getChannel()).isEqualTo(DeliveryChannel.POST);
          assertThat(copy.getRecipient()).isEqualTo("Lucien Bérard\n12 rue Schœlcher, 97110 Pointe-à-Pitre");
          assertThat(copy.getBody()).contains(receipt.reference(), "Résiliation non prise en compte");
        });
  }

  @Test
  void anEmptyFormStillAsksForAnAddressWithoutCallingTheEmptyEmailInvalid() throws Exception {
    String page =
        mvc.perform(post("/reclamation/asekkey").with(fromClient()).with(csrf())
                .param("name", "Hélène Martin").param("email", "").param("postalAddress", "").param("client", "false")
                .param("subject", "Franchise").param("description", "Franchise hors contrat.").param("consent", "true"))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();

    assertThat(readable(page))
        .contains("Indiquez une adresse e-mail ou une adresse postale pour recevoir notre réponse.")
        .doesNotContain("Cette adresse e-mail n’est pas valide.");
  }

  @Test
  void aWrongTokenOrFirmIsTheSamePlainNotFound() throws Exception {
    String wrongToken =
        mvc.perform(get("/suivi/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").with(fromClient())).andExpect(status().isNotFound())
            .andReturn().getResponse().getContentAsString();
    String unknownFirm =
        mvc.perform(get("/reclamation/nowhere")).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

    assertThat(wrongToken).isEqualTo(unknownFirm).contains("Page introuvable").doesNotContain("nowhere", "REC-");
  }

  @Test
  void withoutCsrfTokenNothingIsRegistered() throws Exception {
    long before = complaints.count();

    mvc.perform(filled("asekkey")).andExpect(status().isForbidden());

    assertThat(complaints.count()).isEqualTo(before);
  }

  @Test
  void anIncompleteFormComesBackWithEachProblemInFrenchAndNothingRegistered() throws Exception {
    long before = complaints.count();

    String page =
        mvc.perform(post("/reclamation/asekkey").with(fromClient()).with(csrf())
                .param("name", " ").param("email", "pas-une-adresse").param("subject", "Objet")
                .param("description", "x".repeat(10_001)))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse().getContentAsString();

    assertThat(readable(page))
        .contains("Votre réclamation n'a pas été envoyée", "Indiquez vos nom et prénom.", "Cette adresse e-mail n’est pas valide.",
            "Dites-nous si vous êtes client.", "10 000 caractères au plus.", "Votre accord est nécessaire")
        .contains("value=\"Objet\"");
    assertThat(complaints.count()).isEqualTo(before);
  }

  @Test
  void oneAddressFilesAtMostFiveComplaintsAnHour() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(filled("almena").with(csrf())).andExpect(status().is3xxRedirection());
    }
    long before = complaints.count();

    MockHttpServletResponse refused = mvc.perform(filled("almena").with(csrf())).andExpect(status().isTooManyRequests()).andReturn().getResponse();

    assertThat(readable(refused.getContentAsString())).contains("Trop de demandes", "Rien n'a été enregistré");
    assertThat(refused.getHeader("Retry-After")).isNotNull();
    assertThat(complaints.count()).isEqualTo(before);
  }
}
