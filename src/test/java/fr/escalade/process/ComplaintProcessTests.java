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
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.DelayNotice;
import fr.escalade.complaint.ReferralWarning;
import fr.escalade.complaint.Outcome;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterDelivery;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
  @Autowired LetterDelivery delivery;
  @Autowired ComplaintProcess process;

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

  /** The client withdraws from the mediation: the quickest way out of the mediation stage. */
  private void clientWithdrawsFromMediation(ProcessInstance instance, String on) {
    runtime.createMessageCorrelation(CLIENT_WITHDREW_FROM_MEDIATION_MESSAGE)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable(MEDIATION_WITHDRAWN_ON, on)
        .correlate();
  }

  private ProcessInstance currentInstance(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(reference).singleResult();
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
    String qualify = task().getId();
    thenThrownBy(() -> engine.getTaskService().complete(qualify, Map.of(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande de relevé.")))
        .as("a request is answered when it is qualified")
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("le champ « Réponse au client » est obligatoire");
    complete(task(), withVariables(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande de relevé d'information.",
        REQUEST_REPLY, "Vous trouverez ci-joint votre relevé d'information."));

    assertThat(instance).isEnded().hasPassed(TASK_REPLY_TO_REQUEST_AT_FIRST_CONTACT, END_REQUEST_AT_FIRST_CONTACT, END_REQUEST_FILED);
    then(lettersOf(instance)).as("a request gets a short written reply").containsExactly(LetterType.REQUEST_REPLY);
    then(lastLetter(instance, LetterType.REQUEST_REPLY).getBody())
        .as("the reply itself, then the client's recourse if they see a complaint in their message")
        .contains(
            "Vous trouverez ci-joint votre relevé d'information.",
            "Si vous estimez au contraire que votre message est une réclamation, il vous suffit de nous le dire",
            "traité comme une réclamation",
            "Service Réclamations (Réclamation@asekkey.fr)",
            "ou par courrier : Asekkey – Service Réclamations, 10 rue de Penthièvre, 75008 Paris");
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.NOT_A_COMPLAINT);
    then(complaintOf(instance).getClosedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aComplaintSettledAtFirstContactIsConfirmedInWritingClosedAndReopenedWhenTheClientGoesToTheMediator() {
    ProcessInstance instance = register("asekkey", 1);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));

    assertThat(instance).isWaitingAt(TASK_SETTLE_AMICABLY);
    // Tasklist shows the date that matters: the acknowledgement's while none is written, and who complains
    assertThat(task())
        .hasCandidateGroup("firstContact")
        .hasDueDate(at("2026-03-14T00:00+01:00"))
        .hasName("Rechercher un règlement amiable – " + instance.getBusinessKey() + " – Jeanne Dupont");
    then(task().getFollowUpDate()).isEqualTo(at("2026-03-10T09:00+01:00"));
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.AT_FIRST_CONTACT);
    complete(task(), withVariables(FIRST_CONTACT_RESULT, "SETTLED", SETTLEMENT_SUMMARY, "Geste commercial de 150 €.", CATEGORY, "CLAIM_HANDLING"));

    assertThat(instance)
        .hasPassedInOrder(TASK_SETTLE_AMICABLY, TASK_CONFIRM_SETTLEMENT, END_SETTLED_AT_FIRST_CONTACT, END_RESOLVED_AT_FIRST_CONTACT)
        .isEnded();
    then(complaintOf(instance).getAnswerSentOn()).as("dated when the confirmation leaves").isNull();
    delivery.leave(instance.getBusinessKey());
    Complaint closed = complaintOf(instance);
    then(closed.getOutcome()).isEqualTo(Outcome.FAVOURABLE);
    then(closed.getAnswer().getCategory()).as("every ending records what the complaint was about").isEqualTo("CLAIM_HANDLING");
    then(closed.getHandlingOutcome()).isEqualTo(fr.escalade.complaint.HandlingOutcome.SETTLED_AT_FIRST_CONTACT);
    then(closed.getLevelReached()).isEqualTo(1);
    then(closed.getClosedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    then(closed.getAnswerSentOn()).as("the written confirmation answers it").isEqualTo(LocalDate.of(2026, 3, 2));
    then(lettersOf(instance)).containsExactly(LetterType.FIRST_CONTACT_CONFIRMATION);
    then(lastLetter(instance, LetterType.FIRST_CONTACT_CONFIRMATION).getBody()).contains("Geste commercial de 150 €.");

    // the client contests the settlement before the mediator: the closed complaint reopens at level 3
    clock.setParisTime(2026, 6, 15, 10, 0);
    process.referToMediator(closed, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 15));
    ProcessInstance reopened = currentInstance(closed.getReference());
    assertThat(reopened).hasPassed(TASK_REOPEN_FOR_MEDIATION).isWaitingAt(CALL_ACTIVITY_CONDUCT_MEDIATION_AFTER_CLOSURE);
    Complaint referred = complaintOf(reopened);
    then(referred.getId()).as("the same register entry").isEqualTo(closed.getId());
    then(referred.getClosedOn()).isNull();
    then(referred.getStatus()).isEqualTo(ComplaintStatus.WITH_MEDIATOR);
    then(referred.getLevelReached()).isEqualTo(3);
    then(referred.getMediation().getReferralFiledOn()).isEqualTo(LocalDate.of(2026, 6, 10));
    then(referred.getMediation().getReferredOn()).isEqualTo(LocalDate.of(2026, 6, 15));
    then(referred.getMediation().getReferralWarning()).as("a contested settlement is an answer").isNull();
    then(referred.getMediatorReferrals()).hasSize(1);

    clientWithdrawsFromMediation(reopened, "2026-06-20");
    assertThat(reopened).hasPassed(END_MEDIATION_ENDED_AFTER_CLOSURE).isEnded();
    then(complaintOf(reopened).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(complaintOf(reopened).getOutcome()).as("the settlement's outcome stands").isEqualTo(Outcome.FAVOURABLE);
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
    then(complaintOf(instance).getDeadlines().getAcknowledgementSentOn()).as("written, not yet left").isNull();
    clock.setParisTime(2026, 3, 3, 10, 0);
    delivery.leave(instance.getBusinessKey());
    then(complaintOf(instance).getDeadlines().getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    then(complaintOf(instance).getDeadlines().getAcknowledgedInTime()).isTrue();
    then(lastLetter(instance, LetterType.ACKNOWLEDGEMENT).getBody())
        .as("a client who did not file online gets the tracking link with the acknowledgement")
        .containsPattern("suivre vous-même .*\n.*http://localhost:\\d+/suivi/[A-Za-z0-9_-]{43}");
    complete(task(), withVariables(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise en cours.", EXPECTED_ANSWER_ON, "2026-05-20"));

    assertThat(instance).hasPassed(TASK_SEND_DELAY_NOTICE).hasNotPassed(TASK_ALERT_LATE_DELAY_NOTICE).isWaitingAt(TASK_DRAFT_PROMISED_ANSWER);
    assertThat(task()).hasDueDate(at("2026-05-21T00:00+02:00"));
    assertThat(job(TIMER_PROMISED_ANSWER_REMINDER)).hasDueDate(at("2026-05-18T09:00+02:00"));
    assertThat(job(TIMER_PROMISED_ANSWER_DUE)).hasDueDate(at("2026-05-21T00:00+02:00"));
    then(runtime.getVariable(instance.getId(), PROMISED_ANSWER_ON)).isEqualTo("mercredi 20 mai 2026");
    then(complaintOf(instance).getDelayNotices())
        .singleElement()
        .returns(LocalDate.of(2026, 3, 3), DelayNotice::getSentOn)
        .returns("Expertise en cours.", DelayNotice::getReason)
        .returns(LocalDate.of(2026, 5, 20), DelayNotice::getExpectedOn)
        .returns(false, DelayNotice::isLate);
    then(lastLetter(instance, LetterType.DELAY_NOTICE).getBody()).contains("Expertise en cours.", "20 mai 2026");

    clock.setParisTime(2026, 4, 10, 11, 0);
    complete(
        task(TASK_DRAFT_PROMISED_ANSWER),
        withVariables(ANSWER_STATUS, "READY", OUTCOME, "FAVOURABLE", CATEGORY, "CLAIM_HANDLING", AMOUNT_AT_STAKE, 300,
            ANSWER_TEXT, "Après vérification, nous prenons en charge le sinistre."));

    assertThat(instance).hasPassed(TASK_DECIDE_APPROVAL, TASK_SEND_ANSWER, END_ANSWER_SENT).isWaitingAt(GATEWAY_REFERRAL_OR_MEDIATION_END);
    delivery.leave(instance.getBusinessKey());
    Complaint answered = complaintOf(instance);
    then(answered.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
    then(answered.getAnswerSentOn()).isEqualTo(LocalDate.of(2026, 4, 10));
    then(lastLetter(instance, LetterType.ANSWER).getBody())
        .as("after an answer the client may go to the mediator at once, for a year after the complaint")
        .contains("La Médiation de l'Assurance", "le.mediateur@mediation-assurance.org", "dès à présent et jusqu'au 2 mars 2027");
    then(lettersOf(instance)).containsExactly(LetterType.ACKNOWLEDGEMENT, LetterType.DELAY_NOTICE, LetterType.ANSWER);

    // nobody refers it: closed two months after the day mediation opened (2 May, later than the answer)
    assertThat(job(TIMER_REFERRAL_PERIOD_OVER)).hasDueDate(at("2026-07-03T00:00+02:00"));
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
    complete(task(), withVariables(QUALIFICATION, "REQUEST", QUALIFICATION_NOTE, "Demande d'attestation.",
        REQUEST_REPLY, "Votre attestation d'assurance est jointe à ce courrier."));

    assertThat(instance).hasPassed(TASK_REPLY_TO_REQUEST_IN_COMPLAINTS_SERVICE, END_REQUEST_IN_COMPLAINTS_SERVICE, END_REQUEST_FILED).isEnded();
    then(lettersOf(instance)).containsExactly(LetterType.REQUEST_REPLY);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.NOT_A_COMPLAINT);
  }

  @Test
  void anUnfavourableAnswerIsApprovedThenContestedBeforeTheMediator() {
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

    assertThat(instance).hasPassed(TASK_SEND_ANSWER).hasNotPassed(TASK_SEND_ACKNOWLEDGEMENT).isWaitingAt(GATEWAY_REFERRAL_OR_MEDIATION_END);
    then(lettersOf(instance)).containsExactly(LetterType.ANSWER);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.UNFAVOURABLE);
    then(dysfunctions.of(instance.getBusinessKey()))
        .singleElement()
        .returns(DysfunctionCategory.BILLING_ERROR, Dysfunction::getCategory)
        .returns("Échéancier envoyé avec l'ancien taux.", Dysfunction::getDescription)
        .returns(LocalDate.of(2026, 3, 2), Dysfunction::getFoundOn);

    // an answer the client contests opens mediation at once: the referral is not premature
    clock.setParisTime(2026, 4, 15, 15, 0);
    process.referToMediator(complaintOf(instance), null, LocalDate.of(2026, 4, 15));
    assertThat(instance).hasPassed(TASK_RECORD_MEDIATOR_REFERRAL).isWaitingAt(CALL_ACTIVITY_CONDUCT_MEDIATION, GATEWAY_REFERRAL_OR_MEDIATION_END);
    Complaint referred = complaintOf(instance);
    then(referred.getStatus()).isEqualTo(ComplaintStatus.WITH_MEDIATOR);
    then(referred.getLevelReached()).isEqualTo(3);
    then(referred.getMediation().getReferralWarning()).isNull();
    then(process.isMediationUnderWay(instance.getBusinessKey())).isTrue();

    // once the mediation is over, the complaint closes without waiting for the referral period
    clientWithdrawsFromMediation(instance, "2026-04-20");
    assertThat(instance).hasPassed(END_MEDIATION_ENDED, END_CLOSED_AFTER_MEDIATION).hasNotPassed(END_CLOSED_WITHOUT_REFERRAL).isEnded();
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.UNFAVOURABLE);
  }

  @Test
  void theAgentWhoDraftedAnAnswerCannotApproveIt() {
    ProcessInstance instance = register("almena", null);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(TASK_REVIEW_COMPLAINT), withVariables(REVIEW_DECISION, "ANSWER_AT_ONCE"));

    // Claire claims the draft in Tasklist and completes it; she is also a supervisor
    engine.getTaskService().claim(task(TASK_DRAFT_ANSWER).getId(), "claire.morel");
    complete(
        task(TASK_DRAFT_ANSWER),
        withVariables(ANSWER_STATUS, "READY", OUTCOME, "UNFAVOURABLE", CATEGORY, "PREMIUMS", AMOUNT_AT_STAKE, 0,
            ANSWER_TEXT, "La cotisation est conforme au contrat."));
    then(runtime.getVariable(instance.getId(), ANSWER_DRAFTED_BY)).isEqualTo("claire.morel");

    assertThat(instance).isWaitingAt(TASK_APPROVE_ANSWER);
    String approval = task(TASK_APPROVE_ANSWER).getId();
    IdentityService identity = engine.getIdentityService();
    try {
      identity.setAuthentication("claire.morel", List.of("camunda-admin"));
      thenThrownBy(() -> engine.getTaskService().complete(approval, Map.of(APPROVAL_DECISION, "APPROVE")))
          .as("Tasklist shows the engine's form validation message")
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("Tâche « Valider la réponse")
          .hasMessageContaining("Règle des quatre yeux : la personne qui a rédigé la réponse ne peut pas l'approuver");
      identity.clearAuthentication();
      engine.getTaskService().claim(approval, "claire.morel");
      thenThrownBy(() -> engine.getTaskService().complete(approval, Map.of(APPROVAL_DECISION, "APPROVE")))
          .as("claimed without a login: her name as assignee")
          .hasMessageContaining("Règle des quatre yeux");
      then(lettersOf(instance)).as("nothing sent on a refusal").isEmpty();

      identity.setAuthentication("marc.petit", List.of("camunda-admin"));
      engine.getTaskService().complete(approval, Map.of(APPROVAL_DECISION, "APPROVE"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(instance).hasPassed(TASK_SEND_ANSWER);
    then(lettersOf(instance)).containsExactly(LetterType.ANSWER);
  }

  @Test
  void aReferralBeforeAnyAnswerIsRecordedWithAWarningWhileTheHandlingGoesOn() {
    ProcessInstance instance = register("almena", null);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));

    clock.setParisTime(2026, 3, 20, 10, 0);
    process.referToMediator(complaintOf(instance), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 20));

    assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLAINT, CALL_ACTIVITY_CONDUCT_MEDIATION);
    Complaint referred = complaintOf(instance);
    then(referred.getMediation().getReferralWarning()).isEqualTo(ReferralWarning.PREMATURE);
    then(referred.getMediatorReferrals())
        .singleElement()
        .returns(LocalDate.of(2026, 3, 18), r -> r.getFiledOn())
        .returns(LocalDate.of(2026, 3, 20), r -> r.getReceivedOn());
    then(runtime.getVariable(instance.getId(), REFERRAL_WARNING_TEXT)).asString().contains("prématurée");
  }

  @Test
  void unmetDeadlinesRemindTheAgentsThenAlertTheSupervisorsEveryWeekAndTellTheClientAboutTheMediator() {
    ProcessInstance instance = register("asekkey", 1);

    assertThat(job(TIMER_ACKNOWLEDGEMENT_REMINDER)).hasDueDate(at("2026-03-10T09:00+01:00"));
    assertThat(job(TIMER_ACKNOWLEDGEMENT_DUE)).hasDueDate(at("2026-03-14T00:00+01:00"));
    assertThat(job(TIMER_ANSWER_REMINDER)).hasDueDate(at("2026-04-20T09:00+02:00"));
    assertThat(job(TIMER_ANSWER_DUE)).hasDueDate(at("2026-05-03T00:00+02:00"));
    assertThat(job(TIMER_MEDIATION_OPENS_BEFORE_ANSWER)).hasDueDate(at("2026-05-02T00:00+02:00"));

    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));
    execute(job(TIMER_ACKNOWLEDGEMENT_DUE));
    execute(job(TIMER_ANSWER_REMINDER));
    execute(job(TIMER_MEDIATION_OPENS_BEFORE_ANSWER));
    clock.setParisTime(2026, 5, 3, 0, 1);
    execute(job(TIMER_ANSWER_DUE));

    assertThat(job(TIMER_ANSWER_DUE)).as("the escalation repeats while unanswered").hasDueDate(at("2026-05-10T00:00+02:00"));
    clock.setParisTime(2026, 5, 10, 0, 1);
    execute(job(TIMER_ANSWER_DUE));
    assertThat(job(TIMER_ANSWER_DUE)).hasDueDate(at("2026-05-17T00:00+02:00"));

    assertThat(instance)
        .hasPassed(TASK_REMIND_ACKNOWLEDGEMENT, TASK_ESCALATE_ACKNOWLEDGEMENT, TASK_REMIND_ANSWER, TASK_ESCALATE_ANSWER, TASK_INFORM_CLIENT_OF_MEDIATION)
        .hasNotPassed(TASK_SEND_AUTOMATIC_ACKNOWLEDGEMENT)
        .isWaitingAt(TASK_QUALIFY_AT_FIRST_CONTACT);
    then(lettersOf(instance))
        .containsExactly(
            LetterType.REMINDER, LetterType.ESCALATION, LetterType.REMINDER, LetterType.MEDIATION_INFORMATION,
            LetterType.ESCALATION, LetterType.ESCALATION);
    Letter reminder = lastLetter(instance, LetterType.REMINDER);
    then(reminder.getChannel()).isEqualTo(DeliveryChannel.INTERNAL);
    then(reminder.getRecipient()).isEqualTo("firstContact");
    then(reminder.getBody()).contains("Qualifier le message du client", "/camunda/app/tasklist/default/?task=");
    then(lastLetter(instance, LetterType.ESCALATION).getRecipient()).isEqualTo("supervisors");
  }

  @Test
  void aComplaintWaitingAtFirstContactIsAcknowledgedByEscaladeWhenNobodyDid() {
    ProcessInstance instance = register("asekkey", 1);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));

    assertThat(instance).isWaitingAt(TASK_SETTLE_AMICABLY);
    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));

    assertThat(instance).hasPassed(TASK_SEND_AUTOMATIC_ACKNOWLEDGEMENT).isWaitingAt(TASK_SETTLE_AMICABLY);
    then(lettersOf(instance)).containsExactly(LetterType.ACKNOWLEDGEMENT);
    then(complaintOf(instance).getDeadlines().isAcknowledgementAutomatic()).isTrue();
  }

  @Test
  void answeringAtOnceIsAPromiseEscaladeKeepsWithAFormAcknowledgement() {
    ProcessInstance instance = register("almena", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ANSWER_AT_ONCE"));

    clock.setParisTime(2026, 3, 10, 15, 0);
    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));
    assertThat(instance).hasPassed(TASK_SEND_AUTOMATIC_ACKNOWLEDGEMENT).isWaitingAt(TASK_DRAFT_ANSWER);
    then(lettersOf(instance)).containsExactly(LetterType.ACKNOWLEDGEMENT);

    // written, but not left by the deadline: the deadline is missed, supervisors hear of it
    execute(job(TIMER_ACKNOWLEDGEMENT_DUE));
    assertThat(instance).hasPassed(TASK_ESCALATE_ACKNOWLEDGEMENT);
    delivery.leave(instance.getBusinessKey());
    then(complaintOf(instance).getDeadlines().getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    then(complaintOf(instance).getDeadlines().isAcknowledgementAutomatic()).isTrue();
  }

  @Test
  void noReminderNorAlertOnceTheAcknowledgementWentOut() {
    ProcessInstance instance = register("almena", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));
    delivery.leave(instance.getBusinessKey());

    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));
    execute(job(TIMER_ACKNOWLEDGEMENT_DUE));

    assertThat(instance)
        .hasPassed(END_ACKNOWLEDGEMENT_REMINDER_NOT_NEEDED, END_ACKNOWLEDGEMENT_DEADLINE_MET)
        .hasNotPassed(TASK_REMIND_ACKNOWLEDGEMENT, TASK_ESCALATE_ACKNOWLEDGEMENT, TASK_SEND_AUTOMATIC_ACKNOWLEDGEMENT);
    then(lettersOf(instance)).containsExactly(LetterType.ACKNOWLEDGEMENT);
  }

  @Test
  void aDelayAnnouncedAfterTheDeadlineIsLateAndThePromisedDateIsWatchedUntilAnotherNotice() {
    ProcessInstance instance = register("almena", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));

    clock.setParisTime(2026, 5, 5, 10, 0);
    complete(task(TASK_DRAFT_ANSWER), withVariables(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Pièces attendues de l'assureur.", EXPECTED_ANSWER_ON, "2026-05-29"));

    assertThat(instance).hasPassed(TASK_ALERT_LATE_DELAY_NOTICE).isWaitingAt(TASK_DRAFT_PROMISED_ANSWER);
    then(complaintOf(instance).getDelayNotices()).singleElement().returns(true, DelayNotice::isLate);
    then(lastLetter(instance, LetterType.ESCALATION).getRecipient()).isEqualTo("supervisors");

    // Guadeloupe: reminder two working days before 29 May (27 May is a holiday there) at 09:00, alert when the day is over
    assertThat(job(TIMER_PROMISED_ANSWER_REMINDER)).hasDueDate(at("2026-05-26T09:00-04:00"));
    assertThat(job(TIMER_PROMISED_ANSWER_DUE)).hasDueDate(at("2026-05-30T00:00-04:00"));
    then(runtime.getVariable(instance.getId(), PROMISED_ANSWER_ON)).isEqualTo("vendredi 29 mai 2026");
    execute(job(TIMER_PROMISED_ANSWER_REMINDER));
    execute(job(TIMER_PROMISED_ANSWER_DUE));
    assertThat(instance).hasPassed(TASK_REMIND_PROMISED_ANSWER, TASK_ESCALATE_PROMISED_ANSWER).isWaitingAt(TASK_DRAFT_PROMISED_ANSWER);

    String promised = task(TASK_DRAFT_PROMISED_ANSWER).getId();
    clock.setParisTime(2026, 6, 1, 10, 0);
    thenThrownBy(() -> engine.getTaskService().complete(promised,
            Map.of(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Toujours rien.", EXPECTED_ANSWER_ON, "2026-05-25")))
        .hasMessageContaining("postérieure à la date annoncée précédemment, le 29/05/2026");
    complete(task(TASK_DRAFT_PROMISED_ANSWER),
        withVariables(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise complémentaire.", EXPECTED_ANSWER_ON, "2026-06-15"));

    assertThat(instance).isWaitingAt(TASK_DRAFT_PROMISED_ANSWER);
    assertThat(task()).hasDueDate(at("2026-06-16T00:00-04:00"));
    then(runtime.getVariable(instance.getId(), PROMISED_ANSWER_ON)).as("the new date replaces the old").isEqualTo("lundi 15 juin 2026");
    then(complaintOf(instance).getDelayNotices())
        .extracting(DelayNotice::getExpectedOn)
        .containsExactly(LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 15));
    then(complaintOf(instance).getDelayNotices()).as("sent after the date promised").extracting(DelayNotice::isLate).containsExactly(true, true);
    then(lastLetter(instance, LetterType.DELAY_NOTICE).getBody()).contains("29 mai 2026.", "tenir cette date");
    then(complaintOf(instance).getDelay().getNoticesSent()).isEqualTo(2);
  }

  @Test
  void aSecondDelayNoticeBeforeThePromisedDateIsInTimeAndCitesItAndThatDateStaysWatchedWhenTheAnswerIsSentBack() {
    ProcessInstance instance = register("asekkey", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));
    complete(task(TASK_DRAFT_ANSWER), withVariables(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise en cours.", EXPECTED_ANSWER_ON, "2026-05-20"));

    // after the answer deadline (2 May), before the date the first notice promised
    clock.setParisTime(2026, 5, 12, 10, 0);
    complete(task(TASK_DRAFT_PROMISED_ANSWER),
        withVariables(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Rapport d'expertise reporté.", EXPECTED_ANSWER_ON, "2026-06-05"));

    assertThat(instance).hasNotPassed(TASK_ALERT_LATE_DELAY_NOTICE).isWaitingAt(TASK_DRAFT_PROMISED_ANSWER);
    then(complaintOf(instance).getDelayNotices()).extracting(DelayNotice::isLate).containsExactly(false, false);
    then(lettersOf(instance)).doesNotContain(LetterType.ESCALATION);
    then(lastLetter(instance, LetterType.DELAY_NOTICE).getBody())
        .as("the new notice cites the date promised before")
        .contains("Par notre courrier du ", "2 mars 2026, nous vous avions annoncé notre réponse", "au plus tard le ", "20 mai 2026.",
            "ne nous permettront pas de tenir cette date", "Rapport d'expertise reporté.", "5 juin 2026")
        .doesNotContain("respecter ce délai");

    // the answer is ready, the supervisor sends it back: the agent still works to the date promised
    clock.setParisTime(2026, 6, 1, 10, 0);
    complete(task(TASK_DRAFT_PROMISED_ANSWER),
        withVariables(ANSWER_STATUS, "READY", OUTCOME, "UNFAVOURABLE", CATEGORY, "PREMIUMS", AMOUNT_AT_STAKE, 0,
            ANSWER_TEXT, "La cotisation est conforme au contrat."));
    assertThat(instance).isWaitingAt(TASK_APPROVE_ANSWER);
    complete(task(TASK_APPROVE_ANSWER), withVariables(APPROVAL_DECISION, "REVISE", APPROVAL_COMMENT, "Citer l'article 4 des conditions générales."));

    assertThat(instance).hasPassed(GATEWAY_ANSWER_PROMISED_AT_REVISION).isWaitingAt(TASK_DRAFT_PROMISED_ANSWER);
    assertThat(task()).hasDueDate(at("2026-06-06T00:00+02:00"));
    assertThat(job(TIMER_PROMISED_ANSWER_DUE)).hasDueDate(at("2026-06-06T00:00+02:00"));
    assertThat(job(TIMER_PROMISED_ANSWER_REMINDER)).isNotNull();
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
                draft, Map.of(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise", EXPECTED_ANSWER_ON, "2026-04-20")))
        .as("a delay is announced for a date after the answer deadline")
        .hasMessageContaining("postérieure à l'échéance de réponse du 02/05/2026");
    thenThrownBy(
            () -> engine.getTaskService().complete(
                draft, Map.of(ANSWER_STATUS, "DELAYED", DELAY_REASON, "Expertise", EXPECTED_ANSWER_ON, "2027-06-01")))
        .hasMessageContaining("ne peut dépasser le 02/03/2027");
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
    then(complaintOf(instance).getDelayNotices()).as("nothing recorded on a refusal").isEmpty();
  }

  private ProcessInstance registerOral(String firm, Integer level, Channel channel, String email, String postalAddress) {
    Complaint complaint = intake.register(
        aComplaint().of(firm).by(channel).atLevel(level).sentAndReceivedOn(LocalDate.of(2026, 3, 2))
            .from("Paul Martin", email, postalAddress).withPhone("06 12 34 56 78").build());
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(complaint.getReference()).singleResult();
  }

  @Test
  void anOralComplaintSettledOnTheSpotIsConfirmedInWritingAndClosed() {
    ProcessInstance instance = registerOral("asekkey", 1, Channel.PHONE, "paul.martin@example.fr", null);

    assertThat(instance).isWaitingAt(TASK_RECORD_ORAL_COMPLAINT);
    assertThat(task()).hasCandidateGroup("firstContact").hasDueDate(at("2026-03-14T00:00+01:00"));
    complete(task(), withVariables(ORAL_RESULT, "SETTLED_ON_THE_SPOT", SETTLEMENT_SUMMARY, "Attestation renvoyée pendant l'appel.", CATEGORY, "SERVICE_QUALITY"));

    assertThat(instance).hasPassedInOrder(TASK_CONFIRM_ORAL_SETTLEMENT, END_SETTLED_ON_THE_SPOT, END_RESOLVED_AT_FIRST_CONTACT).isEnded();
    then(lettersOf(instance)).containsExactly(LetterType.ORAL_SETTLEMENT_CONFIRMATION);
    delivery.leave(instance.getBusinessKey());
    Complaint settled = complaintOf(instance);
    then(settled.getOutcome()).isEqualTo(Outcome.FAVOURABLE);
    then(settled.getAnswer().getCategory()).isEqualTo("SERVICE_QUALITY");
    then(settled.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(settled.getAnswerSentOn()).as("the confirmation answers it").isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void anOralComplaintWithNoAddressIsCalledBackThenQualifiedWithItsClocksRunningFromTheCall() {
    ProcessInstance instance = registerOral("almena", 2, Channel.PHONE, null, null);

    assertThat(instance).isWaitingAt(TASK_RECORD_ORAL_COMPLAINT);
    assertThat(task()).hasCandidateGroup("complaintsService");
    thenThrownBy(() -> engine.getTaskService().complete(task().getId(), Map.of(ORAL_RESULT, "SETTLED_ON_THE_SPOT")))
        .hasMessageContaining("Solution convenue avec le client");
    complete(task(), withVariables(ORAL_RESULT, "NOT_SETTLED"));

    assertThat(instance).hasNotPassed(TASK_INVITE_WRITTEN_CONFIRMATION).isWaitingAt(TASK_CALL_BACK_CLIENT);
    complete(task(), withVariables(CALL_BACK_NOTE, "Rappelé le 3 mars : confirmera par courrier."));

    assertThat(instance).isWaitingAt(TASK_QUALIFY_IN_COMPLAINTS_SERVICE);
    then(lettersOf(instance)).isEmpty();
    then(complaintOf(instance).getDeadlines().getAnswerDueOn()).isEqualTo(LocalDate.of(2026, 5, 2));
    // nothing can be written to the client: the agents are reminded instead of a form letter
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    execute(job(TIMER_ACKNOWLEDGEMENT_REMINDER));
    assertThat(instance).hasPassed(TASK_REMIND_ACKNOWLEDGEMENT).hasNotPassed(TASK_SEND_AUTOMATIC_ACKNOWLEDGEMENT);
  }

  @Test
  void anOralComplaintNotSettledIsConfirmedInWritingByTheClientWhoIsInvitedToDoSo() {
    ProcessInstance instance = registerOral("asekkey", 1, Channel.COUNTER, null, "12 rue Oberkampf, 75011 Paris");
    assertThat(instance).isWaitingAt(TASK_RECORD_ORAL_COMPLAINT);
    complete(task(), withVariables(ORAL_RESULT, "NOT_SETTLED"));

    assertThat(instance).hasPassed(TASK_INVITE_WRITTEN_CONFIRMATION).isWaitingAt(TASK_QUALIFY_AT_FIRST_CONTACT);
    Letter invitation = lastLetter(instance, LetterType.WRITTEN_CONFIRMATION_REQUEST);
    then(invitation.getChannel()).isEqualTo(DeliveryChannel.POST);
    then(invitation.getBody()).contains(instance.getBusinessKey());
  }

  @Test
  void theClientMayWithdrawAtAnyLevelAndTheComplaintClosesWithoutApproval() {
    ProcessInstance instance = register("almena", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(REVIEW_DECISION, "ACKNOWLEDGE"));

    clock.setParisTime(2026, 3, 20, 10, 0);
    process.deliver(instance.getBusinessKey(), ComplaintProcess.Message.COMPLAINT_WITHDRAWN, Map.of(WITHDRAWN_ON, "2026-03-19"));

    assertThat(instance).hasPassed(TASK_CONFIRM_WITHDRAWAL, END_COMPLAINT_WITHDRAWN).hasNotPassed(TASK_APPROVE_ANSWER).isEnded();
    then(complaintOf(instance).getOutcome()).isEqualTo(Outcome.WITHDRAWN);
    then(complaintOf(instance).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(lastLetter(instance, LetterType.WITHDRAWAL_CONFIRMATION).getBody()).contains("19 mars 2026");
    then(runtime.createProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey()).count()).isZero();
  }

  @Test
  void aWithdrawalWhileTheMediatorHasTheCaseEndsTheMediationAndKeepsTheAnswersOutcome() {
    ProcessInstance instance = register("almena", null);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(TASK_REVIEW_COMPLAINT), withVariables(REVIEW_DECISION, "ANSWER_AT_ONCE"));
    readyAnswer("UNFAVOURABLE", 0, "PREMIUMS");
    complete(task(TASK_APPROVE_ANSWER), withVariables(APPROVAL_DECISION, "APPROVE"));
    clock.setParisTime(2026, 4, 15, 15, 0);
    process.referToMediator(complaintOf(instance), null, LocalDate.of(2026, 4, 15));
    then(process.isMediationUnderWay(instance.getBusinessKey())).isTrue();

    clock.setParisTime(2026, 4, 20, 10, 0);
    process.deliver(instance.getBusinessKey(), ComplaintProcess.Message.COMPLAINT_WITHDRAWN, Map.of(WITHDRAWN_ON, "2026-04-20"));

    assertThat(instance).hasPassed(TASK_CONFIRM_WITHDRAWAL, END_COMPLAINT_WITHDRAWN).isEnded();
    Complaint withdrawn = complaintOf(instance);
    then(withdrawn.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    then(withdrawn.getOutcome()).as("the answer's outcome stands").isEqualTo(Outcome.UNFAVOURABLE);
    then(withdrawn.getHandlingOutcome()).as("the withdrawal is recorded beside it").isEqualTo(fr.escalade.complaint.HandlingOutcome.WITHDRAWN);
    then(withdrawn.getMediation().getEnding()).isEqualTo(fr.escalade.complaint.MediationEnding.CLIENT_WITHDREW);
    then(withdrawn.getMediation().getEndedOn()).isEqualTo(LocalDate.of(2026, 4, 20));
    then(lastLetter(instance, LetterType.MEDIATOR_WITHDRAWAL_NOTICE).getBody())
        .contains("Madame, Monsieur le Médiateur", "retirait sa réclamation", "20 avril 2026");
    then(lastLetter(instance, LetterType.WITHDRAWAL_CONFIRMATION)).isNotNull();
  }

  @Test
  void aContestedSettlementReopensTheComplaintAtLevel2WithItsOriginalClocks() {
    ProcessInstance instance = register("asekkey", 1);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));
    complete(task(), withVariables(FIRST_CONTACT_RESULT, "SETTLED", SETTLEMENT_SUMMARY, "Geste commercial de 150 €.", CATEGORY, "CLAIM_HANDLING"));
    delivery.leave(instance.getBusinessKey());
    assertThat(instance).isEnded();

    clock.setParisTime(2026, 3, 25, 10, 0);
    process.contestSettlement(complaintOf(instance), LocalDate.of(2026, 3, 24));

    ProcessInstance reopened = currentInstance(instance.getBusinessKey());
    assertThat(reopened).hasPassed(TASK_REOPEN_AT_LEVEL_2).isWaitingAt(TASK_REVIEW_COMPLAINT);
    assertThat(task()).hasDueDate(at("2026-03-14T00:00+01:00"));
    assertThat(job(TIMER_ANSWER_DUE)).as("the original clock").hasDueDate(at("2026-05-03T00:00+02:00"));
    Complaint contested = complaintOf(reopened);
    then(contested.getReference()).isEqualTo(instance.getBusinessKey());
    then(contested.getLevelReached()).isEqualTo(2);
    then(contested.getStatus()).isEqualTo(ComplaintStatus.WITH_COMPLAINTS_SERVICE);
    then(contested.getClosedOn()).isNull();
    then(contested.getOutcome()).isNull();
    then(contested.getAnswerSentOn()).as("the settlement no longer answers it").isNull();
  }

  @Test
  void aComplaintAboutTheInsurersClaimIsForwardedToItAndTheClientIsToldWhileTheBrokerKeepsFollowingIt() {
    ProcessInstance instance = register("asekkey", 2);
    complete(task(), withVariables(QUALIFICATION, "COMPLAINT"));

    process.deliver(instance.getBusinessKey(), ComplaintProcess.Message.CONCERNS_INSURER,
        Map.of(INSURER, "mutuelle-exemple", PRODUCT_LINE, "HABITATION"));

    assertThat(instance).hasPassed(TASK_FORWARD_TO_INSURER, END_FORWARDED_TO_INSURER).isWaitingAt(TASK_REVIEW_COMPLAINT);
    then(lettersOf(instance)).containsExactly(LetterType.INSURER_REFERRAL, LetterType.INSURER_REFERRAL_NOTICE);
    then(complaintOf(instance).getInsurer()).isEqualTo("mutuelle-exemple");
  }
}
