package fr.escalade.process.mediation;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static fr.escalade.process.ProcessVariables.*;
import static fr.escalade.process.mediation.MediationElements.*;
import static org.assertj.core.api.BDDAssertions.then;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.MediationCoverageConfiguration;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Deadline;
import fr.escalade.complaint.Mediation;
import fr.escalade.complaint.MediationEnding;
import fr.escalade.complaint.Outcome;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterDelivery;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.intake.ComplaintIntake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
 * Walks every path and timer of the mediation stage ({@code complaint-mediation}), started as the
 * complaint's process will call it, beside the complaint's own instance, with the real delegates,
 * register and letters. The coverage listener fails the class unless every element is passed.
 */
@EscaladeSpringTest
@Import(MediationCoverageConfiguration.class)
class MediationStageTests {

  private static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");
  private static final String PREMATURE =
      "La saisine nous paraît prématurée : la réclamation du 2 mars 2026 est en cours d'instruction et le délai de réponse"
          + " de deux mois n'était pas écoulé.";

  @Autowired ProcessEngine engine;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired LetterDelivery delivery;
  @Autowired LetterRepository letters;
  @Autowired LetterWriter writer;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 5, 11, 10, 0);

  @BeforeEach
  void assertOnThisEngine() {
    AbstractAssertions.init(engine);
  }

  /** A complaint sent on 2 March, whose referral the firm learnt of on {@code receivedOn}, as the lead's step records it. */
  private Complaint referred(String firm, LocalDate receivedOn) {
    Complaint complaint = intake.register(aComplaint().of(firm).atLevel(2).sentAndReceivedOn(LocalDate.of(2026, 3, 2)).build());
    register.recordMediatorReferral(complaint, null, receivedOn);
    return register.get(complaint.getReference());
  }

  private ProcessInstance startStage(Complaint complaint, Map<String, Object> referral) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REFERENCE, complaint.getReference());
    variables.put(FIRM, complaint.getFirm());
    variables.put(FIRM_NAME, complaint.getFirm().equals("almena") ? "Almena group & associés" : "Asekkey");
    variables.put(COMPLAINANT_NAME, complaint.getComplainant().getName());
    variables.put(COMPLAINANT_CONTACT, complaint.getComplainant().preferredContact());
    variables.put(CONTRACT_REFERENCE, complaint.getContractReference());
    variables.put(SUBJECT, complaint.getSubject());
    variables.put(DESCRIPTION, complaint.getDescription());
    variables.put(SENT_ON, "02/03/2026");
    variables.put(REFERRAL_FILED_ON, null);
    variables.put(REFERRAL_WARNING, "NONE");
    variables.put(REFERRAL_WARNING_TEXT, "");
    variables.putAll(referral);
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(MEDIATION_PROCESS_KEY, complaint.getReference(), variables);
    assertThat(instance).isStarted();
    return instance;
  }

  private Complaint complaintOf(ProcessInstance instance) {
    return register.get(instance.getBusinessKey());
  }

  private Mediation mediationOf(ProcessInstance instance) {
    return complaintOf(instance).getMediation();
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

  private void send(ProcessInstance instance, String message, Map<String, Object> data) {
    runtime.createMessageCorrelation(message).processInstanceId(instance.getId()).setVariables(data).correlate();
  }

  private Object endingOf(ProcessInstance instance) {
    return history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(MEDIATION_ENDING)
        .singleResult()
        .getValue();
  }

  private static Date at(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }

  @Test
  void aWatchedMediationRunsFromTheFileToTheAnsweredProposalThroughEveryDeadline() {
    Complaint complaint = referred("asekkey", LocalDate.of(2026, 5, 11));
    ProcessInstance instance = startStage(complaint, Map.of(REFERRAL_RECEIVED_ON, "2026-05-11"));

    // the file is due 35 days after the firm learnt of the referral, reminded 5 jours ouvrables before
    assertThat(instance).hasPassed(TASK_PLAN_MEDIATION_STAGE).isWaitingAt(TASK_PREPARE_MEDIATOR_FILE);
    assertThat(task(TASK_PREPARE_MEDIATOR_FILE, instance))
        .hasCandidateGroup("complaintsService")
        .hasDueDate(at("2026-06-16T00:00+02:00"));
    then(mediationOf(instance).getFileDueOn()).isEqualTo(LocalDate.of(2026, 6, 15));
    then(complaintOf(instance).dueOn(Deadline.MEDIATOR_FILE)).isEqualTo(LocalDate.of(2026, 6, 15));
    then(runtime.getVariable(instance.getId(), MEDIATOR_FILE_DUE_ON)).isEqualTo("lundi 15 juin 2026");
    assertThat(job(TIMER_MEDIATOR_FILE_REMINDER, instance)).hasDueDate(at("2026-06-09T09:00+02:00"));
    assertThat(job(TIMER_MEDIATOR_FILE_DUE, instance)).hasDueDate(at("2026-06-16T00:00+02:00"));

    execute(job(TIMER_MEDIATOR_FILE_REMINDER, instance));
    execute(job(TIMER_MEDIATOR_FILE_DUE, instance));

    assertThat(instance)
        .hasPassed(TASK_REMIND_MEDIATOR_FILE, END_MEDIATOR_FILE_LATE, EVENT_MEDIATOR_FILE_LATE, TASK_ALERT_MEDIATOR_FILE_LATE)
        .isWaitingAt(TASK_PREPARE_MEDIATOR_FILE);
    then(lastLetter(instance, LetterType.REMINDER).getRecipient()).isEqualTo("complaintsService");
    then(lastLetter(instance, LetterType.REMINDER).getBody()).contains("Dossier à transmettre au médiateur", "Constituer le dossier du médiateur");
    then(lastLetter(instance, LetterType.ESCALATION).getRecipient()).isEqualTo("supervisors");
    then(lastLetter(instance, LetterType.ESCALATION).getBody()).contains("Dossier à transmettre au médiateur");

    // the file leaves on 16 June: the proposal is due 90 days later
    clock.setParisTime(2026, 6, 16, 11, 0);
    complete(task(TASK_PREPARE_MEDIATOR_FILE, instance), withVariables(MEDIATOR_FILE_SUMMARY, "Garantie exclue par l'article 7."));

    assertThat(instance).hasPassed(TASK_SEND_MEDIATOR_FILE).isWaitingAt(TASK_AWAIT_PROPOSAL);
    then(mediationOf(instance).getFileSentOn()).isEqualTo(LocalDate.of(2026, 6, 16));
    then(mediationOf(instance).getProposalDueOn()).isEqualTo(LocalDate.of(2026, 9, 14));
    then(mediationOf(instance).getProposalExtended()).isNull();
    then(runtime.getVariable(instance.getId(), MEDIATOR_PROPOSAL_DUE_ON)).isEqualTo("lundi 14 septembre 2026");
    then(lastLetter(instance, LetterType.MEDIATOR_FILE).getRecipient()).isEqualTo("le.mediateur@mediation-assurance.org");
    then(lastLetter(instance, LetterType.MEDIATOR_FILE).getBody())
        .contains("nous en avons eu connaissance le 11 mai 2026", "Garantie exclue par l'article 7.", "Aucune réponse n'a encore été envoyée au client.")
        .doesNotContain("recevabilité", "Texte de notre réponse");
    assertThat(job(TIMER_PROPOSAL_DUE, instance)).hasDueDate(at("2026-09-15T00:00+02:00"));

    // the proposal is late: supervisors hear of it, and the wait goes on
    execute(job(TIMER_PROPOSAL_DUE, instance));
    assertThat(instance).hasPassed(END_PROPOSAL_LATE, EVENT_PROPOSAL_LATE, TASK_ALERT_PROPOSAL_LATE).isWaitingAt(TASK_AWAIT_PROPOSAL);
    then(lastLetter(instance, LetterType.ESCALATION).getBody()).contains("Proposition attendue du médiateur", "14 septembre 2026");

    // a complex case: the mediator gives itself until 30 October, and the timer moves with it
    clock.setParisTime(2026, 9, 16, 9, 0);
    send(instance, MEDIATOR_PROPOSAL_EXTENDED_MESSAGE, Map.of(PROPOSAL_DUE_ON, "2026-10-30"));
    assertThat(instance).hasPassed(EVENT_PROPOSAL_EXTENDED, TASK_RECORD_PROPOSAL_EXTENSION).isWaitingAt(TASK_AWAIT_PROPOSAL);
    then(mediationOf(instance).getProposalDueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
    then(mediationOf(instance).getProposalExtended()).isTrue();
    then(runtime.getVariable(instance.getId(), MEDIATOR_PROPOSAL_DUE_ON)).isEqualTo("vendredi 30 octobre 2026");
    then(jobQuery().processInstanceId(instance.getId()).activityId(TIMER_PROPOSAL_DUE).count()).as("the old timer is gone").isEqualTo(1);
    assertThat(job(TIMER_PROPOSAL_DUE, instance)).hasDueDate(at("2026-10-31T00:00+01:00"));

    // the proposal of 20 October is answered within 30 days, or supervisors hear of it
    clock.setParisTime(2026, 10, 21, 9, 0);
    send(instance, MEDIATOR_PROPOSAL_MESSAGE, Map.of(MEDIATOR_PROPOSAL_ON, "2026-10-20", MEDIATOR_PROPOSAL, "Prendre en charge 60 % du sinistre."));
    assertThat(instance).isWaitingAt(TASK_RESPOND_TO_PROPOSAL);
    assertThat(task(TASK_RESPOND_TO_PROPOSAL, instance)).hasCandidateGroup("complaintsService").hasDueDate(at("2026-11-20T00:00+01:00"));
    then(mediationOf(instance).getProposalOn()).isEqualTo(LocalDate.of(2026, 10, 20));
    then(mediationOf(instance).getProposalResponseDueOn()).isEqualTo(LocalDate.of(2026, 11, 19));
    then(runtime.getVariable(instance.getId(), PROPOSAL_RESPONSE_DUE_ON)).isEqualTo("jeudi 19 novembre 2026");
    assertThat(job(TIMER_PROPOSAL_RESPONSE_DUE, instance)).hasDueDate(at("2026-11-20T00:00+01:00"));
    execute(job(TIMER_PROPOSAL_RESPONSE_DUE, instance));
    assertThat(instance)
        .hasPassed(END_PROPOSAL_RESPONSE_LATE, EVENT_PROPOSAL_RESPONSE_LATE, TASK_ALERT_PROPOSAL_RESPONSE_LATE)
        .isWaitingAt(TASK_RESPOND_TO_PROPOSAL);
    then(lastLetter(instance, LetterType.ESCALATION).getBody()).contains("Réponse à la proposition du médiateur", "19 novembre 2026");

    clock.setParisTime(2026, 11, 23, 10, 0);
    complete(task(TASK_RESPOND_TO_PROPOSAL, instance), withVariables(PROPOSAL_DECISION, "ACCEPT", PROPOSAL_RESPONSE, "Règlement sous 15 jours."));

    assertThat(instance).hasPassed(TASK_SEND_PROPOSAL_RESPONSE, END_PROPOSAL_ANSWERED).isEnded();
    then(endingOf(instance)).isEqualTo("PROPOSAL_ANSWERED");
    then(mediationOf(instance).getEnding()).isEqualTo(MediationEnding.PROPOSAL_ANSWERED);
    then(mediationOf(instance).getEndedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    then(mediationOf(instance).getProposalAccepted()).isTrue();
    then(lettersOf(instance))
        .containsExactly(
            LetterType.REMINDER, LetterType.ESCALATION, LetterType.MEDIATOR_FILE, LetterType.ESCALATION,
            LetterType.ESCALATION, LetterType.PROPOSAL_RESPONSE, LetterType.MEDIATION_OUTCOME);
    then(complaintOf(instance).getStatus()).as("closing is the complaint's process's").isEqualTo(ComplaintStatus.WITH_MEDIATOR);
  }

  @Test
  void inGuadeloupeAPrematureReferralStillGetsItsFileWithTheFirmsDoubtAndTheMediatorMayFindItInadmissible() {
    clock.set(ZonedDateTime.of(2026, 4, 20, 9, 0, 0, 0, GUADELOUPE));
    Complaint complaint = referred("almena", LocalDate.of(2026, 4, 20));
    writer.write(LetterType.ACKNOWLEDGEMENT, complaint, Map.of());
    register.recordAnswer(complaint, Outcome.UNFAVOURABLE, "PREMIUMS", BigDecimal.ZERO);
    writer.write(LetterType.ANSWER, complaint, Map.of("answerText", "La cotisation appelée est conforme à l'échéancier."));
    delivery.leave(complaint.getReference());
    ProcessInstance instance =
        startStage(
            complaint,
            Map.of(
                REFERRAL_RECEIVED_ON, "2026-04-20", REFERRAL_FILED_ON, "2026-04-17",
                REFERRAL_WARNING, "PREMATURE", REFERRAL_WARNING_TEXT, PREMATURE,
                ANSWER_TEXT, "La cotisation appelée est conforme à l'échéancier."));

    assertThat(instance).isWaitingAt(TASK_PREPARE_MEDIATOR_FILE);
    assertThat(task(TASK_PREPARE_MEDIATOR_FILE, instance)).hasDueDate(at("2026-05-26T00:00-04:00"));
    // due on Whit Monday 25 May, a holiday, and not moved; reminded 5 jours ouvrables before it
    assertThat(job(TIMER_MEDIATOR_FILE_REMINDER, instance)).hasDueDate(at("2026-05-19T09:00-04:00"));
    assertThat(job(TIMER_MEDIATOR_FILE_DUE, instance)).hasDueDate(at("2026-05-26T00:00-04:00"));

    clock.set(ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, GUADELOUPE));
    complete(task(TASK_PREPARE_MEDIATOR_FILE, instance), withVariables(MEDIATOR_FILE_SUMMARY, "Échéancier conforme au contrat."));

    Letter file = lastLetter(instance, LetterType.MEDIATOR_FILE);
    then(file.getBody())
        .contains(
            "Vous avez été saisi le 17 avril 2026", "nous en avons eu connaissance le 20 avril 2026",
            PREMATURE + " Il vous appartient d'en apprécier la recevabilité",
            "Notre réponse motivée a été envoyée le 20 avril 2026.",
            "Texte de notre réponse :\nLa cotisation appelée est conforme à l'échéancier.",
            "20 avril 2026, envoyé : Accusé de réception", "Échéancier conforme au contrat.");
    then(mediationOf(instance).getProposalDueOn()).isEqualTo(LocalDate.of(2026, 8, 2));
    assertThat(job(TIMER_PROPOSAL_DUE, instance)).hasDueDate(at("2026-08-03T00:00-04:00"));

    clock.set(ZonedDateTime.of(2026, 5, 20, 9, 0, 0, 0, GUADELOUPE));
    send(instance, MEDIATOR_CLOSED_CASE_MESSAGE, Map.of(MEDIATION_CLOSURE_REASON, "INADMISSIBLE", MEDIATION_CLOSED_ON, "2026-05-18"));

    assertThat(instance)
        .hasPassed(EVENT_MEDIATOR_CLOSED_CASE, TASK_RECORD_MEDIATOR_CLOSURE, TASK_INFORM_CLIENT_OF_CLOSURE, END_CLOSED_BY_MEDIATOR)
        .isEnded();
    then(endingOf(instance)).isEqualTo("INADMISSIBLE");
    then(mediationOf(instance).getEnding()).isEqualTo(MediationEnding.INADMISSIBLE);
    then(mediationOf(instance).getEndedOn()).isEqualTo(LocalDate.of(2026, 5, 18));
    Letter toClient = lastLetter(instance, LetterType.MEDIATION_OUTCOME);
    then(toClient.getSubject()).contains("fin de la médiation");
    then(toClient.getBody())
        .contains("a clos le 18 mai 2026 le dossier de médiation", "ne remplissait pas les conditions de recevabilité",
            "juridiction compétente")
        .doesNotContain("proposition de solution");
    then(jobQuery().processInstanceId(instance.getId()).count()).as("no timer left behind").isZero();
  }

  @Test
  void theMediatorMayCloseTheCaseWhileTheFileIsBeingPreparedWhenThePartiesSettle() {
    Complaint complaint = referred("asekkey", LocalDate.of(2026, 5, 11));
    ProcessInstance instance = startStage(complaint, Map.of(REFERRAL_RECEIVED_ON, "2026-05-11"));

    send(instance, MEDIATOR_CLOSED_CASE_MESSAGE, Map.of(MEDIATION_CLOSURE_REASON, "SETTLED", MEDIATION_CLOSED_ON, "2026-05-11"));

    assertThat(instance).hasPassed(END_CLOSED_BY_MEDIATOR).hasNotPassed(TASK_SEND_MEDIATOR_FILE).isEnded();
    then(endingOf(instance)).isEqualTo("SETTLED");
    then(lastLetter(instance, LetterType.MEDIATION_OUTCOME).getBody()).contains("il a constaté l'accord trouvé entre vous et notre cabinet");
    then(taskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theClientMayGiveUpTheMediationWhileTheFirmWeighsTheProposal() {
    Complaint complaint = referred("asekkey", LocalDate.of(2026, 5, 11));
    ProcessInstance instance = startStage(complaint, Map.of(REFERRAL_RECEIVED_ON, "2026-05-11"));
    complete(task(TASK_PREPARE_MEDIATOR_FILE, instance), withVariables(MEDIATOR_FILE_SUMMARY, "Dossier complet."));
    send(instance, MEDIATOR_PROPOSAL_MESSAGE, Map.of(MEDIATOR_PROPOSAL_ON, "2026-05-11", MEDIATOR_PROPOSAL, "Geste de 200 €."));
    assertThat(instance).isWaitingAt(TASK_RESPOND_TO_PROPOSAL);

    clock.setParisTime(2026, 5, 13, 15, 0);
    send(instance, CLIENT_WITHDREW_FROM_MEDIATION_MESSAGE, Map.of(MEDIATION_WITHDRAWN_ON, "2026-05-12"));

    assertThat(instance)
        .hasPassed(EVENT_CLIENT_WITHDREW, TASK_RECORD_CLIENT_WITHDRAWAL, END_CLIENT_WITHDREW)
        .hasNotPassed(TASK_SEND_PROPOSAL_RESPONSE)
        .isEnded();
    then(endingOf(instance)).isEqualTo("CLIENT_WITHDREW");
    then(mediationOf(instance).getEnding()).isEqualTo(MediationEnding.CLIENT_WITHDREW);
    then(mediationOf(instance).getEndedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
    then(lettersOf(instance)).containsExactly(LetterType.MEDIATOR_FILE);
  }

  @Test
  void aClosureForTheClientsWithdrawalBeforeTheMediatorTellsTheClientSo() {
    Complaint complaint = referred("asekkey", LocalDate.of(2026, 5, 11));
    ProcessInstance instance = startStage(complaint, Map.of(REFERRAL_RECEIVED_ON, "2026-05-11"));
    complete(task(TASK_PREPARE_MEDIATOR_FILE, instance), withVariables(MEDIATOR_FILE_SUMMARY, "Dossier complet."));

    send(instance, MEDIATOR_CLOSED_CASE_MESSAGE, Map.of(MEDIATION_CLOSURE_REASON, "WITHDRAWN", MEDIATION_CLOSED_ON, "2026-05-11"));

    assertThat(instance).hasPassed(TASK_INFORM_CLIENT_OF_CLOSURE).isEnded();
    Letter toClient = lastLetter(instance, LetterType.MEDIATION_OUTCOME);
    then(toClient.getChannel()).isEqualTo(DeliveryChannel.EMAIL);
    then(toClient.getBody()).contains("il a pris acte de votre désistement");
  }
}
