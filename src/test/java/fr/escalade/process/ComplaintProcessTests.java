package fr.escalade.process;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessElements.*;
import static fr.escalade.process.ProcessVariables.*;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.ProcessCoverageConfiguration;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Outcome;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.improvement.Dysfunction;
import fr.escalade.improvement.DysfunctionCategory;
import fr.escalade.improvement.Dysfunctions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Walks every path and every timer of the complaint-handling process, with the real delegates,
 * register and letters. The coverage listener fails the class unless every element is passed.
 */
@EscaladeSpringTest
@Import(ProcessCoverageConfiguration.class)
class ComplaintProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired LetterRepository letters;
  @Autowired RuntimeService runtime;
  @Autowired Dysfunctions dysfunctions;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 0);

  @BeforeEach
  void assertOnThisEngine() {
    AbstractAssertions.init(engine);
  }

  private ProcessInstance register(String firm, Integer entryLevel) {
    Complaint complaint = intake.register(aComplaint().of(firm).atLevel(entryLevel).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(complaint.getReference()).singleResult();
    assertThat(instance).isStarted();
    return instance;
  }

  private Complaint complaintOf(ProcessInstance instance) {
    return register.get(instance.getBusinessKey());
  }

  private List<LetterType> lettersOf(ProcessInstance instance) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(instance.getBusinessKey()).stream()
        .map(Letter::getType)
        .toList();
  }

  private Letter lastLetter(ProcessInstance instance, LetterType type) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(instance.getBusinessKey()).stream()
        .filter(letter -> letter.getType() == type)
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  private static Date at(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }

  private static void readyAnswer(String outcome, double amount, String category) {
    complete(
        task(TASK_DRAFT_ANSWER),
        withVariables(
            ANSWER_STATUS, "READY",
            OUTCOME, outcome,
            CATEGORY, category,
            AMOUNT_AT_STAKE, amount,
            ANSWER_TEXT, "Après vérification, nous prenons en charge le sinistre."));
  }

  @Test
  void aRequestQualifiedAtFirstContactIsFiledAsNotAComplaint() {
    ProcessInstance instance = register("asekkey", null);

    assertThat(instance).isWaitingAt(TASK_QUALIFY_AT_FIRST_CONTACT);
    assertThat(task()).hasCandidateGroup("firstContact").hasDueDate(at("2026-03-14T00:00+01:00"));
    complete(task(), withVariables(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande de relevé d'information."));

    assertThat(instance).isEnded().hasPassed(END_REQUEST_AT_FIRST_CONTACT, END_REQUEST_FILED);
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.NOT_A_COMPLAINT);
    then(complaintOf(instance).getClosedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aComplaintSettledAtFirstContactIsConfirmedInWritingAndClosed() {
    ProcessInstance instance = register("asekkey", 1);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));

    assertThat(instance).isWaitingAt(TASK_SETTLE_AMICABLY);
    assertThat(task()).hasCandidateGroup("firstContact").hasDueDate(at("2026-05-03T00:00+02:00"));
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.AT_FIRST_CONTACT);
    complete(task(), withVariables(FIRST_CONTACT_RESULT, "SETTLED", SETTLEMENT_SUMMARY, "Geste commercial de 150 €."));

    assertThat(instance)
        .hasPassedInOrder(TASK_SETTLE_AMICABLY, TASK_CONFIRM_SETTLEMENT, END_SETTLED_AT_FIRST_CONTACT, END_RESOLVED_AT_FIRST_CONTACT)
        .isEnded();
    Complaint complaint = complaintOf(instance);
    then(complaint.getOutcome()).isEqualTo(Outcome.FAVOURABLE);
    then(complaint.getLevelReached()).isEqualTo(1);
    then(complaint.getAnswerSentOn()).as("the written confirmation answers it").isEqualTo(LocalDate.of(2026, 3, 2));
    then(complaint.getDeadlines().getAnswerDays()).isZero();
    then(lettersOf(instance)).containsExactly(LetterType.FIRST_CONTACT_CONFIRMATION);
    then(lastLetter(instance, LetterType.FIRST_CONTACT_CONFIRMATION).getBody()).contains("Geste commercial de 150 €.");
  }

  @Test
  void aComplaintNotSettledAtFirstContactIsAcknowledgedDelayedAnsweredAndClosedWithoutReferral() {
    ProcessInstance instance = register("asekkey", 1);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(FIRST_CONTACT_RESULT, "ESCALATE"));

    assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLAINT);
    assertThat(task()).hasCandidateGroup("complaintsService").hasDueDate(at("2026-03-14T00:00+01:00"));
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.WITH_COMPLAINTS_SERVICE);
    then(complaintOf(instance).getLevelReached()).isEqualTo(2);
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));

    assertThat(instance).hasPassed(TASK_SEND_ACKNOWLEDGEMENT).isWaitingAt(TASK_DRAFT_ANSWER);
    then(complaintOf(instance).getDeadlines().getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    then(complaintOf(instance).getDeadlines().getAcknowledgedInTime()).isTrue();
    then(lastLetter(instance, LetterType.ACKNOWLEDGEMENT).getBody())
        .as("a client who did not file online gets the tracking link with the acknowledgement")
        .containsPattern("suivre vous-même .*\n.*http://localhost:8080/suivi/[A-Za-z0-9_-]{43}");
    complete(task(), withVariables(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise en cours.", EXPECTED_ANSWER_ON, "2026-05-20"));

    assertThat(instance).hasPassed(TASK_SEND_DELAY_NOTICE).isWaitingAt(TASK_DRAFT_ANSWER);
    then(complaintOf(instance).getDelay().getNoticesSent()).isEqualTo(1);
    then(complaintOf(instance).getDelay().getExpectedAnswerOn()).isEqualTo(LocalDate.of(2026, 5, 20));
    then(lastLetter(instance, LetterType.DELAY_NOTICE).getBody()).contains("Expertise en cours.", "20 mai 2026");

    clock.setParisTime(2026, 4, 10, 11, 0);
    readyAnswer("FAVOURABLE", 300, "CLAIM_HANDLING");

    assertThat(instance).hasPassed(TASK_DECIDE_APPROVAL, TASK_SEND_ANSWER, END_ANSWER_SENT).isWaitingAt(GATEWAY_REFERRAL_OR_DELAY);
    Complaint answered = complaintOf(instance);
    then(answered.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
    then(answered.getAnswerSentOn()).isEqualTo(LocalDate.of(2026, 4, 10));
    then(lastLetter(instance, LetterType.ANSWER).getBody())
        .contains("La Médiation de l'Assurance", "le.mediateur@mediation-assurance.org", "1 mai 2026");
    then(lettersOf(instance))
        .containsExactly(LetterType.ACKNOWLEDGEMENT, LetterType.DELAY_NOTICE, LetterType.ANSWER);

    // nobody refers it: closed two months after the day mediation opened (1 May, later than the answer)
    assertThat(job(TIMER_REFERRAL_PERIOD_OVER)).hasDueDate(at("2026-07-02T00:00+02:00"));
    execute(job(TIMER_REFERRAL_PERIOD_OVER));
    assertThat(instance).hasPassed(END_CLOSED_WITHOUT_REFERRAL).isEnded();
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.FAVOURABLE);
  }

  @Test
  void aRequestReceivedByTheComplaintsServiceIsFiledAsNotAComplaint() {
    ProcessInstance instance = register("almena", null);

    assertThat(instance).isWaitingAt(TASK_QUALIFY_IN_COMPLAINTS_SERVICE);
    assertThat(task()).hasCandidateGroup("complaintsService");
    complete(task(), withVariables(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande d'attestation."));

    assertThat(instance).hasPassed(END_REQUEST_IN_COMPLAINTS_SERVICE, END_REQUEST_FILED).isEnded();
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.NOT_A_COMPLAINT);
  }

  @Test
  void anUnfavourableAnswerIsApprovedThenMediatedToTheEnd() {
    ProcessInstance instance = register("almena", null);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(TASK_REVIEW_COMPLAINT), withVariables(REVIEW_DECISION, "ANSWER_AT_ONCE"));

    complete(
        task(TASK_DRAFT_ANSWER),
        withVariables(
            ANSWER_STATUS, "READY", OUTCOME, "UNFAVOURABLE", CATEGORY, "PREMIUMS", AMOUNT_AT_STAKE, 0,
            ANSWER_TEXT, "La cotisation est conforme au contrat.",
            DYSFUNCTION_FOUND, true, DYSFUNCTION_CATEGORY, "BILLING_ERROR",
            DYSFUNCTION_DESCRIPTION, "Échéancier envoyé avec l'ancien taux."));
    then(dysfunctions.of(instance.getBusinessKey())).as("recorded once the answer has gone").isEmpty();
    assertThat(instance).isWaitingAt(TASK_APPROVE_ANSWER);
    assertThat(task()).hasCandidateGroup("supervisors");
    complete(task(), withVariables(APPROVAL_DECISION, "REVISE", APPROVAL_COMMENT, "Citer l'article 4 des conditions générales."));

    assertThat(instance).isWaitingAt(TASK_DRAFT_ANSWER);
    readyAnswer("UNFAVOURABLE", 0, "PREMIUMS");
    complete(task(TASK_APPROVE_ANSWER), withVariables(APPROVAL_DECISION, "APPROVE"));

    assertThat(instance).hasPassed(TASK_SEND_ANSWER).hasNotPassed(TASK_SEND_ACKNOWLEDGEMENT);
    then(lettersOf(instance)).containsExactly(LetterType.ANSWER);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.UNFAVOURABLE);
    then(dysfunctions.of(instance.getBusinessKey()))
        .singleElement()
        .returns(DysfunctionCategory.BILLING_ERROR, Dysfunction::getCategory)
        .returns("Échéancier envoyé avec l'ancien taux.", Dysfunction::getDescription)
        .returns(LocalDate.of(2026, 3, 2), Dysfunction::getFoundOn);

    // too early: mediation opens on 2 May (two months after the complaint)
    runtime.createMessageCorrelation(MEDIATOR_REFERRAL_MESSAGE)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable(REFERRAL_RECEIVED_ON, "2026-04-15")
        .correlate();
    assertThat(instance).hasPassed(TASK_CHECK_REFERRAL_ADMISSIBILITY).isWaitingAt(GATEWAY_REFERRAL_OR_DELAY);
    then(complaintOf(instance).getMediation().getReferralAdmissible()).isFalse();

    clock.setParisTime(2026, 5, 11, 10, 0);
    runtime.createMessageCorrelation(MEDIATOR_REFERRAL_MESSAGE)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable(REFERRAL_RECEIVED_ON, "2026-05-11")
        .correlate();
    assertThat(instance).isWaitingAt(TASK_PREPARE_MEDIATOR_FILE);
    assertThat(task()).hasDueDate(at("2026-06-16T00:00-04:00"));
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.WITH_MEDIATOR);
    then(complaintOf(instance).getLevelReached()).isEqualTo(3);
    complete(task(), withVariables(MEDIATOR_FILE_SUMMARY, "Cotisation conforme au contrat signé."));

    assertThat(instance).hasPassed(TASK_SEND_MEDIATOR_FILE).isWaitingAt(EVENT_MEDIATOR_PROPOSAL_RECEIVED);
    then(lastLetter(instance, LetterType.MEDIATOR_FILE).getRecipient()).isEqualTo("le.mediateur@mediation-assurance.org");
    runtime.createMessageCorrelation(MEDIATOR_PROPOSAL_MESSAGE)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariables(Map.of(MEDIATOR_PROPOSAL_ON, "2026-07-01", MEDIATOR_PROPOSAL, "Rembourser la moitié de la cotisation."))
        .correlate();

    assertThat(instance).isWaitingAt(TASK_RESPOND_TO_PROPOSAL);
    then(complaintOf(instance).getMediatorProposal()).isEqualTo("Rembourser la moitié de la cotisation.");
    complete(task(), withVariables(PROPOSAL_DECISION, "ACCEPT", PROPOSAL_RESPONSE, "Remboursement sous 15 jours."));

    assertThat(instance).hasPassed(TASK_SEND_PROPOSAL_RESPONSE, END_MEDIATION_CLOSED).isEnded();
    then(lettersOf(instance))
        .containsExactly(LetterType.ANSWER, LetterType.MEDIATOR_FILE, LetterType.PROPOSAL_RESPONSE, LetterType.MEDIATION_OUTCOME);
    then(lastLetter(instance, LetterType.MEDIATION_OUTCOME).getBody()).contains("Nous acceptons cette proposition");
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(complaintOf(instance).getMediation().getProposalAccepted()).isTrue();
  }

  @Test
  void unmetDeadlinesRemindTheAgentsThenAlertTheSupervisorsAndTellTheClientAboutTheMediator() {
    ProcessInstance instance = register("asekkey", 1);

    assertThat(job(TIMER_ACKNOWLEDGEMENT_REMINDER)).hasDueDate(at("2026-03-10T09:00+01:00"));
    assertThat(job(TIMER_ACKNOWLEDGEMENT_DUE)).hasDueDate(at("2026-03-14T00:00+01:00"));
    assertThat(job(TIMER_ANSWER_REMINDER)).hasDueDate(at("2026-04-20T09:00+02:00"));
    assertThat(job(TIMER_ANSWER_DUE)).hasDueDate(at("2026-05-03T00:00+02:00"));
    assertThat(job(TIMER_MEDIATION_OPENS_BEFORE_ANSWER)).hasDueDate(at("2026-05-01T00:00+02:00"));

    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));
    execute(job(TIMER_ACKNOWLEDGEMENT_DUE));
    execute(job(TIMER_ANSWER_REMINDER));
    execute(job(TIMER_MEDIATION_OPENS_BEFORE_ANSWER));
    execute(job(TIMER_ANSWER_DUE));

    assertThat(instance)
        .hasPassed(TASK_REMIND_ACKNOWLEDGEMENT, TASK_ESCALATE_ACKNOWLEDGEMENT, TASK_REMIND_ANSWER, TASK_ESCALATE_ANSWER, TASK_INFORM_CLIENT_OF_MEDIATION)
        .isWaitingAt(TASK_QUALIFY_AT_FIRST_CONTACT);
    then(lettersOf(instance))
        .containsExactly(LetterType.REMINDER, LetterType.ESCALATION, LetterType.REMINDER, LetterType.MEDIATION_INFORMATION, LetterType.ESCALATION);
    Letter reminder = lastLetter(instance, LetterType.REMINDER);
    then(reminder.getChannel()).isEqualTo(DeliveryChannel.INTERNAL);
    then(reminder.getRecipient()).isEqualTo("firstContact");
    then(reminder.getBody()).contains("Qualifier le message du client", "/camunda/app/tasklist/default/?task=");
    then(lastLetter(instance, LetterType.ESCALATION).getRecipient()).isEqualTo("supervisors");
  }

  @Test
  void noReminderNorAlertOnceTheAcknowledgementWentOut() {
    ProcessInstance instance = register("almena", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));

    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));
    execute(job(TIMER_ACKNOWLEDGEMENT_DUE));

    assertThat(instance)
        .hasPassed(END_ACKNOWLEDGEMENT_REMINDER_NOT_NEEDED, END_ACKNOWLEDGEMENT_DEADLINE_MET)
        .hasNotPassed(TASK_REMIND_ACKNOWLEDGEMENT, TASK_ESCALATE_ACKNOWLEDGEMENT);
    then(lettersOf(instance)).containsExactly(LetterType.ACKNOWLEDGEMENT);
  }

  @Test
  void aCompletionWithMissingOrInconsistentValuesIsRefusedWithAClearMessage() {
    ProcessInstance instance = register("almena", null);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));
    String draft = task().getId();

    thenThrownBy(() -> engine.getTaskService().complete(draft, Map.of(ANSWER_STATUS, "READY", OUTCOME, "MAYBE")))
        .hasMessageContaining("Rédiger la réponse motivée")
        .hasMessageContaining("Sens de la réponse")
        .hasMessageContaining("Catégorie")
        .hasMessageContaining("Réponse motivée au client");
    thenThrownBy(
            () -> engine.getTaskService().complete(
                draft, Map.of(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise", EXPECTED_ANSWER_ON, "2026-02-01")))
        .hasMessageContaining("postérieure à aujourd'hui");
    thenThrownBy(() -> engine.getTaskService().complete(draft, Map.of(ANSWER_STATUS, "DELAYED", EXPECTED_ANSWER_ON, "demain")))
        .hasMessageContaining("Raison du retard")
        .hasMessageContaining("n'est pas une date");
    thenThrownBy(
            () -> engine.getTaskService().complete(
                draft, Map.of(ANSWER_STATUS, "READY", OUTCOME, "FAVOURABLE", CATEGORY, "OTHER", ANSWER_TEXT, "Accord.",
                    DYSFUNCTION_FOUND, true, DYSFUNCTION_CATEGORY, "GREMLINS")))
        .hasMessageContaining("Nature du dysfonctionnement")
        .hasMessageContaining("Dysfonctionnement constaté");

    assertThat(instance).isWaitingAt(TASK_DRAFT_ANSWER);
    then(lettersOf(instance)).containsExactly(LetterType.ACKNOWLEDGEMENT);
  }
}
