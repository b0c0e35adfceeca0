package fr.escalade.browser;

import static fr.escalade.process.ProcessElements.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Outcome;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import fr.escalade.process.DeadlineWording;
import fr.escalade.process.ProcessVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every user task of the two diagrams ({@code complaint-handling}, {@code complaint-mediation})
 * opened, claimed and completed in Tasklist by the agent whose filter lists it, with its form: the
 * complaint shown (reference, complainant, the client's words) in French, the required fields
 * filled, « Terminer », and the process moved on. A complaint is brought to the step under test
 * through the API and the engine, as its earlier agents would have brought it; consecutive tasks of
 * one agent are worked in a row. One browser for the class, the users taking turns in it.
 */
@EscaladeSpringTest
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryTaskInBrowserTests {

  private static final String COMPLAINANT = "Hélène Martin";

  @Autowired TestRestTemplate http;
  @Autowired FilterService filters;
  @Autowired TaskService taskService;
  @Autowired ComplaintRegister register;
  @Autowired LetterRepository letters;

  private Browser browser;
  private StaffComplaints staff;
  private EngineSteps engine;
  /** The channel codes each form showed, checked once the test's flow has run (see {@link #noFormShowedARawCode}). */
  private final Map<String, List<String>> rawCodes = new LinkedHashMap<>();

  @BeforeAll
  void openOneBrowser(Browser browser) {
    this.browser = browser;
    staff = new StaffComplaints(http, filters);
    engine = new EngineSteps(taskService);
  }

  @Test
  void firstContactQualifiesAMessageAndSettlesItAmicably() {
    String description = "Mon attestation d'assurance n'est jamais arrivée malgré deux appels.";
    String reference = staff.register(1, StaffComplaints.todayInParis(), "Attestation jamais reçue", description);
    browser.logInAs("tasklist", "claire");

    TaskForm qualify = open("Premier contact", reference, "Qualifier le message du client", description);
    assertThat(qualify.refusedWithAnEmptyField()).isEqualTo("Ce champ est obligatoire.");
    qualify.choose("qualification", "Réclamation").complete();
    engine.waitsAt(reference, TASK_SETTLE_AMICABLY);

    TaskForm settle = open("Premier contact", reference, "Rechercher un règlement amiable", description);
    // the select before the text: form-js redraws the form once it takes typed text, closing an open list
    settle.choose("firstContactResult", "Réglée à l'amiable")
        .select("category", "Qualité de service")
        .type("settlementSummary", "Attestation renvoyée par e-mail pendant l'appel.")
        .complete();

    // settled: the client's written confirmation is written and the process ends there
    engine.leaves(reference, TASK_SETTLE_AMICABLY);
    assertThat(engine.openTaskKeys(reference)).isEmpty();
    assertThat(lettersOf(reference)).containsExactly(LetterType.FIRST_CONTACT_CONFIRMATION);
  }

  @Test
  void theComplaintsServiceQualifiesAcknowledgesAndAnswersAndASupervisorApprovesTheAnswer() {
    String description = "Le sinistre dégât des eaux du 3 octobre est refusé sans explication.";
    String reference = staff.register(2, StaffComplaints.todayInParis(), "Sinistre refusé", description);
    browser.logInAs("tasklist", "marc");

    open("Service réclamations", reference, "Qualifier la réclamation écrite", description)
        .choose("qualification", "Réclamation")
        .complete();
    engine.waitsAt(reference, TASK_REVIEW_COMPLAINT);

    open("Service réclamations", reference, "Prendre en charge la réclamation", description)
        .choose("reviewDecision", "Envoyer l'accusé de réception maintenant")
        .complete();
    engine.waitsAt(reference, TASK_DRAFT_ANSWER);

    TaskForm draft = open("Service réclamations", reference, "Rédiger la réponse motivée", description);
    // no delay announced: no promised date on the form
    assertThat(browser.all(By.cssSelector("input[id$='Field_promisedAnswerOn']"))).isEmpty();
    draft.choose("answerStatus", "La réponse est prête à partir")
        .select("outcome", "Défavorable")
        .select("category", "Gestion de sinistre")
        .type("amountAtStake", "2500")
        .type("answerText", "Le contrat exclut les infiltrations lentes (article 7 des conditions générales).");
    browser.screenshot("tasklist-form-draft-answer");
    draft.complete();
    // unfavourable: the decision table asks for a supervisor's approval
    engine.waitsAt(reference, TASK_APPROVE_ANSWER);

    browser.logInAs("tasklist", "sophie");
    TaskForm approve = open("Supervision", reference, "Valider la réponse", description);
    assertThat(approve.shown()).contains("Défavorable", "Gestion de sinistre", "article 7 des conditions générales");
    browser.screenshot("tasklist-form-approve-answer");
    approve.choose("approvalDecision", "Valider : la réponse part au client").complete();

    engine.leaves(reference, TASK_APPROVE_ANSWER);
    assertThat(lettersOf(reference)).contains(LetterType.ACKNOWLEDGEMENT, LetterType.ANSWER);
    assertThat(register.get(reference).getOutcome()).isEqualTo(Outcome.UNFAVOURABLE);
  }

  @Test
  void anAnswerAnnouncedForLaterIsWrittenByThePromisedDate() {
    String description = "Je conteste le montant de l'indemnité proposée pour mon véhicule.";
    String reference = staff.register(2, StaffComplaints.todayInParis(), "Indemnité contestée", description);
    // qualified, acknowledged, then a delay announced: the expert's report is awaited
    engine.complete(reference, TASK_QUALIFY_IN_COMPLAINTS_SERVICE, Map.of(ProcessVariables.QUALIFICATION, "COMPLAINT"));
    engine.complete(reference, TASK_REVIEW_COMPLAINT, Map.of(ProcessVariables.REVIEW_DECISION, "ACKNOWLEDGE"));
    engine.complete(
        reference, TASK_DRAFT_ANSWER,
        Map.of(
            ProcessVariables.ANSWER_STATUS, "DELAYED",
            ProcessVariables.DELAY_REASON, "Rapport de l'expert attendu.",
            ProcessVariables.EXPECTED_ANSWER_ON, register.get(reference).getAnswerDueOn().plusWeeks(2).toString()));
    browser.logInAs("tasklist", "marc");

    TaskForm promised = open("Service réclamations", reference, "Rédiger la réponse à la date annoncée", description);
    // the date the client was promised, in words, where the agent writes the answer
    assertThat(promised.value("promisedAnswerOn"))
        .isEqualTo(DeadlineWording.day(register.get(reference).getAnswerDueOn().plusWeeks(2)));
    promised
        .choose("answerStatus", "La réponse est prête à partir")
        .select("outcome", "Favorable")
        .select("category", "Gestion de sinistre")
        .type("amountAtStake", "800")
        .type("answerText", "Au vu du rapport de l'expert, l'indemnité est portée à 4 800 €.")
        .complete();

    // favourable and modest: no approval, the answer goes at once
    engine.leaves(reference, TASK_DRAFT_PROMISED_ANSWER);
    assertThat(engine.openTaskKeys(reference)).isEmpty();
    assertThat(lettersOf(reference)).contains(LetterType.DELAY_NOTICE, LetterType.ANSWER);
    assertThat(register.get(reference).getOutcome()).isEqualTo(Outcome.FAVOURABLE);
  }

  @Test
  void anOralComplaintIsRecordedAndTheClientCalledBack() {
    String description = "Au téléphone : la cotisation a augmenté de 30 % sans préavis.";
    String reference = staff.registerPhoneCall(1, "Hausse de cotisation", description);
    browser.logInAs("tasklist", "claire");

    TaskForm record = open("Premier contact", reference, "Consigner la réclamation orale", description);
    assertThat(record.value("complainantContact")).contains("06 12 34 56 78");
    record.choose("oralResult", "Non réglée : inviter le client à confirmer par écrit").complete();
    // no address to write to: the agent calls the client back
    engine.waitsAt(reference, TASK_CALL_BACK_CLIENT);

    open("Premier contact", reference, "Rappeler le client et consigner sa réponse", description)
        .type("callBackNote", "Rappelée : confirmera sa réclamation par courrier.")
        .complete();
    engine.waitsAt(reference, TASK_QUALIFY_AT_FIRST_CONTACT);
    browser.showing(By.cssSelector(".tasks-list"), "Qualifier le message du client – " + reference);
  }

  @Test
  void theMediatorsFileIsPreparedAndItsProposalAnswered() {
    String description = "Je saisis le médiateur : ma réclamation sur la franchise reste sans suite.";
    String reference = staff.register(2, StaffComplaints.todayInParis(), "Franchise contestée", description);
    staff.referToMediator(reference);
    engine.waitsAt(reference, "Task_PrepareMediatorFile");
    browser.logInAs("tasklist", "marc");

    TaskForm file = open("Service réclamations", reference, "Constituer le dossier du médiateur", description);
    file.type("mediatorFileSummary", "Franchise appliquée selon l'article 12 ; pièces jointes : contrat, échanges.").complete();
    engine.leaves(reference, "Task_PrepareMediatorFile");
    assertThat(lettersOf(reference)).contains(LetterType.MEDIATOR_FILE);

    staff.mediatorProposes(reference, "Rembourser la moitié de la franchise.");
    engine.waitsAt(reference, "Task_RespondToProposal");
    TaskForm respond = open("Service réclamations", reference, "Répondre à la proposition du médiateur", description);
    assertThat(respond.shown()).contains("Rembourser la moitié de la franchise.");
    respond.choose("proposalDecision", "Accepter et appliquer la proposition")
        .type("proposalResponse", "Le cabinet accepte la proposition et rembourse 150 €.")
        .complete();

    engine.leaves(reference, "Task_RespondToProposal");
    assertThat(lettersOf(reference)).contains(LetterType.PROPOSAL_RESPONSE);
    assertThat(register.get(reference).getMediation().getProposalAccepted()).isTrue();
  }

  private List<LetterType> lettersOf(String reference) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference).stream().map(Letter::getType).toList();
  }

  /**
   * Opens a task from the agent's filter, claims it, and checks that its form shows the complaint in
   * French; the channel codes it shows are noted, checked after the test's flow.
   */
  private TaskForm open(String filter, String reference, String taskName, String description) {
    TaskForm form = TaskForm.claim(browser, staff, filter, reference, taskName);
    browser.waitForText(taskName);
    TaskForm.assertShowsTheComplaint(form.shown(), reference, COMPLAINANT, description);
    assertThat(form.value("reference")).isEqualTo(reference);
    List<String> codes = form.rawCodes();
    if (!codes.isEmpty()) {
      rawCodes.put(taskName, codes);
    }
    return form;
  }

  /**
   * After each flow: no form showed a channel as its code ({@code PHONE}, {@code EMAIL}…) rather
   * than in French. Checked last, so that a form still showing one does not hide whether the
   * tasks themselves work.
   */
  @AfterEach
  void noFormShowedARawCode() {
    Map<String, List<String>> shown = new LinkedHashMap<>(rawCodes);
    rawCodes.clear();
    assertThat(shown).as("channel codes shown as text, by task").isEmpty();
  }
}
