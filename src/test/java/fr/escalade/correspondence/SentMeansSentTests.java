package fr.escalade.correspondence;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Deadline;
import fr.escalade.complaint.Deadlines;
import fr.escalade.correspondence.LetterProgress.Progress;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.process.ProcessVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register's acknowledgement and answer dates are the days their letters left — an e-mail
 * accepted by the SMTP server, a postal letter marked printed — and a letter owed by a deadline that
 * has not left when the deadline nears alerts the supervisors, once.
 *
 * <p>Asekkey works in Paris: a complaint sent on Monday 1 June 2026 is due an acknowledgement by
 * Friday 12 June (agents reminded on Tuesday 9 June) and an answer by Saturday 1 August (reminded on
 * Tuesday 21 July).
 */
@EscaladeSpringTest
class SentMeansSentTests {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 6, 1, 10, 0);

  private static final String MARC = "Basic bWFyYzptYXJj";
  private static final String SOPHIE = "Basic c29waGllOnNvcGhpZQ==";

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired LetterDispatcher dispatcher;
  @Autowired LetterWatch watch;
  @Autowired LetterProgress progress;
  @Autowired LetterRepository letters;
  @Autowired LetterDelivery delivery;
  @Autowired TaskService tasks;
  @Autowired MockMvc mvc;

  private Complaint byEmail(LocalDate sentOn) {
    return intake.register(
        aComplaint().of("asekkey").byEmail().sentOn(sentOn).atLevel(2)
            .from("Hélène Martin", "helene.martin@example.fr", null)
            .about("Franchise appliquée à tort", "La franchise ne devait pas s'appliquer.")
            .build());
  }

  private Complaint byPost(LocalDate sentOn) {
    return intake.register(
        aComplaint().of("asekkey").byPost().sentOn(sentOn).atLevel(2)
            .from("Hélène Martin", null, "4 rue de la Pompe, 75116 Paris")
            .about("Franchise appliquée à tort", "La franchise ne devait pas s'appliquer.")
            .build());
  }

  private void completeTask(Complaint complaint, Map<String, Object> variables) {
    String task = tasks.createTaskQuery().processInstanceBusinessKey(complaint.getReference()).singleResult().getId();
    tasks.complete(task, variables);
  }

  private void acknowledge(Complaint complaint) {
    completeTask(complaint, Map.of(ProcessVariables.QUALIFICATION, "COMPLAINT"));
    completeTask(complaint, Map.of(ProcessVariables.REVIEW_DECISION, "ACKNOWLEDGE"));
  }

  private void answer(Complaint complaint) {
    completeTask(complaint, Map.of(
        ProcessVariables.ANSWER_STATUS, "READY",
        ProcessVariables.OUTCOME, "FAVOURABLE",
        ProcessVariables.CATEGORY, "CLAIM_HANDLING",
        ProcessVariables.AMOUNT_AT_STAKE, 300,
        ProcessVariables.ANSWER_TEXT, "Après vérification, nous prenons en charge le sinistre."));
  }

  private void deliverAll() {
    while (dispatcher.deliverDue() > 0) {
      // until nothing is due
    }
  }

  private void on(int month, int day) {
    clock.setParisTime(2026, month, day, 10, 0);
  }

  private Deadlines deadlinesOf(Complaint complaint) {
    return register.get(complaint.getReference()).getDeadlines();
  }

  private Progress progressOf(Complaint complaint, Deadline deadline) {
    return progress.of(register.get(complaint.getReference()), deadline);
  }

  private Letter letter(Complaint complaint, LetterType type) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream()
        .filter(letter -> letter.getType() == type)
        .findFirst()
        .orElseThrow();
  }

  /** Whether the register lists the complaint as overdue. */
  private List<String> overdue(Complaint complaint) {
    try {
      String json = mvc.perform(get("/api/complaints?overdue=true&q=" + complaint.getReference()).header("Authorization", SOPHIE))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      return JsonPath.read(json, "$.items[*].reference");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The alerts about letters not sent: other tests' letters may alert too, so count this complaint's. */
  private List<Letter> alertsOf(Complaint complaint) {
    watch.alertUnsentLetters();
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream()
        .filter(letter -> letter.getType() == LetterType.ESCALATION)
        .toList();
  }

  @Test
  void anEmailedAcknowledgementIsDatedTheDayTheSmtpServerAcceptedItNotTheDayItWasWritten() {
    Complaint complaint = byEmail(LocalDate.of(2026, 6, 1));
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).isEqualTo(Progress.NOT_WRITTEN);

    acknowledge(complaint);

    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).as("written, not sent").isNull();
    assertThat(deadlinesOf(complaint).getAcknowledgedInTime()).isNull();
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).isEqualTo(Progress.WRITTEN);
    assertThat(progressOf(complaint, Deadline.ANSWER)).isEqualTo(Progress.NOT_WRITTEN);

    on(6, 3);
    deliverAll();

    assertThat(letter(complaint, LetterType.ACKNOWLEDGEMENT).getStatus()).isEqualTo(LetterStatus.SENT);
    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(deadlinesOf(complaint).getAcknowledgedInTime()).isTrue();
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).isEqualTo(Progress.SENT);
  }

  @Test
  void withSmtpDownNothingIsDatedAndTheFailedLetterAlertsTheSupervisorsOnceWhenItsDeadlineNears() {
    Complaint complaint = byEmail(LocalDate.of(2026, 6, 1));
    acknowledge(complaint);
    smtp.stop();

    deliverAll();
    Letter acknowledgement = letter(complaint, LetterType.ACKNOWLEDGEMENT);
    assertThat(acknowledgement.getStatus()).isEqualTo(LetterStatus.PENDING);
    assertThat(acknowledgement.getAttempts()).isEqualTo(1);
    assertThat(alertsOf(complaint)).as("its deadline is eleven days away").isEmpty();
    // every retry fails: 1 min, 5 min, 15 min, 1 h, 4 h after, then FAILED
    for (int minutes : new int[] {1, 6, 21, 81, 321}) {
      clock.set(ZonedDateTime.of(2026, 6, 1, 10, 0, 30, 0, ZoneId.of("Europe/Paris")).plusMinutes(minutes));
      deliverAll();
    }
    assertThat(letter(complaint, LetterType.ACKNOWLEDGEMENT).getStatus()).isEqualTo(LetterStatus.FAILED);
    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).isNull();
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).isEqualTo(Progress.WRITTEN);

    on(6, 8);
    assertThat(alertsOf(complaint)).as("agents are reminded on 9 June: not yet").isEmpty();

    on(6, 9);
    List<Letter> alerts = alertsOf(complaint);
    on(6, 10);
    assertThat(alertsOf(complaint)).as("one alert per letter, not one per poll").hasSize(1);
    Letter alert = alerts.get(0);
    assertThat(alert.getChannel()).isEqualTo(DeliveryChannel.INTERNAL);
    assertThat(alert.getRecipient()).isEqualTo("supervisors");
    assertThat(alert.getSubject())
        .isEqualTo("Courrier non parti – Accusé de réception de la réclamation " + complaint.getReference());
    assertThat(alert.getBody())
        .contains(
            "Courrier : Accusé de réception n° " + acknowledgement.getId(),
            "par courriel, à helene.martin@example.fr",
            "Rédigé le : 1er juin 2026 à 10 h 00 (heure de Paris)",
            "État : en échec, plus aucun essai prévu, après 6 tentative(s)",
            "Échéance : Accusé de réception au plus tard le 12 juin 2026",
            "/api/complaints/" + complaint.getReference() + "/correspondence/" + acknowledgement.getId() + "/retry");
    assertThat(letters.findById(acknowledgement.getId()).orElseThrow().getNotSentAlertedAt()).isNotNull();
    smtp.start();
  }

  @Test
  void aPostalLetterStillToPrintWhenItsDeadlineNearsAlertsAndIsDatedTheDayItIsPrinted() throws Exception {
    Complaint complaint = byPost(LocalDate.of(2026, 6, 1));
    acknowledge(complaint);
    deliverAll();
    Letter acknowledgement = letter(complaint, LetterType.ACKNOWLEDGEMENT);
    assertThat(acknowledgement.getStatus()).isEqualTo(LetterStatus.TO_PRINT);
    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).as("rendered, not posted").isNull();

    on(6, 9);
    List<Letter> alerts = alertsOf(complaint);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).getBody())
        .contains(
            "par courrier postal, à Hélène Martin, 4 rue de la Pompe, 75116 Paris",
            "État : à imprimer",
            "Échéance : Accusé de réception au plus tard le 12 juin 2026",
            "/api/complaints/" + complaint.getReference() + "/correspondence/" + acknowledgement.getId() + "/printed");

    on(6, 15);
    mvc.perform(post("/api/complaints/" + complaint.getReference() + "/correspondence/" + acknowledgement.getId() + "/printed")
            .header("Authorization", MARC))
        .andExpect(status().isOk());

    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(deadlinesOf(complaint).getAcknowledgedInTime()).as("printed after 12 June").isFalse();
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).isEqualTo(Progress.SENT);
    assertThat(alertsOf(complaint)).hasSize(1);
  }

  @Test
  void aPostalLetterPrintedInTimeIsDatedTheDayItWasPrintedAndNeverAlerts() throws Exception {
    Complaint complaint = byPost(LocalDate.of(2026, 6, 1));
    acknowledge(complaint);
    deliverAll();
    Letter acknowledgement = letter(complaint, LetterType.ACKNOWLEDGEMENT);

    on(6, 2);
    mvc.perform(post("/api/complaints/" + complaint.getReference() + "/correspondence/" + acknowledgement.getId() + "/printed")
            .header("Authorization", MARC))
        .andExpect(status().isOk());

    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(deadlinesOf(complaint).getAcknowledgedInTime()).isTrue();
    on(6, 9);
    assertThat(alertsOf(complaint)).isEmpty();
    on(6, 13);
    assertThat(alertsOf(complaint)).isEmpty();
  }

  @Test
  void aDelayNoticeStillToPrintAlertsFromTheDayAgentsAreRemindedOfTheAnswer() {
    Complaint complaint = byPost(LocalDate.of(2026, 6, 1));
    acknowledge(complaint);
    completeTask(complaint, Map.of(
        ProcessVariables.ANSWER_STATUS, "DELAYED",
        ProcessVariables.DELAY_REASON, "Expertise en cours.",
        ProcessVariables.EXPECTED_ANSWER_ON, "2026-08-20"));
    deliverAll();
    Letter notice = letter(complaint, LetterType.DELAY_NOTICE);
    assertThat(notice.getStatus()).isEqualTo(LetterStatus.TO_PRINT);

    on(7, 20);
    assertThat(alertsOf(complaint)).as("the acknowledgement's deadline is past, the answer's not near")
        .extracting(Letter::getSubject)
        .containsExactly("Courrier non parti – Accusé de réception de la réclamation " + complaint.getReference());

    on(7, 21);
    List<Letter> alerts = alertsOf(complaint);
    assertThat(alerts).hasSize(2);
    assertThat(alerts.get(1).getBody())
        .contains(
            "Courrier : Information du client sur le retard n° " + notice.getId(),
            "État : à imprimer",
            "Échéance : Réponse motivée au plus tard le 1er août 2026");
  }

  @Test
  void anAnswerWrittenOnItsLastDayThatLeftTheNextIsNotAnsweredInTime() {
    // sent on 1 April 2026: the answer is due by 1 June
    Complaint complaint = byEmail(LocalDate.of(2026, 4, 1));
    acknowledge(complaint);
    answer(complaint);

    Complaint written = register.get(complaint.getReference());
    assertThat(written.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(written.getAnswerSentOn()).as("written, not sent").isNull();
    assertThat(written.getDeadlines().getAnsweredInTime()).isNull();
    assertThat(written.getDeadlines().getAnswerDays()).isNull();
    assertThat(progressOf(complaint, Deadline.ANSWER)).isEqualTo(Progress.WRITTEN);

    on(6, 2);
    assertThat(overdue(complaint)).as("written, but the client has nothing yet").contains(complaint.getReference());
    deliverAll();

    assertThat(overdue(complaint)).doesNotContain(complaint.getReference());
    Deadlines deadlines = deadlinesOf(complaint);
    assertThat(deadlines.getAnswerDueOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(deadlines.getAnswerSentOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(deadlines.getAnsweredInTime()).isFalse();
    assertThat(deadlines.getAnswerDays()).isEqualTo(62);
    assertThat(deadlines.getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(deadlines.getAcknowledgedInTime()).isFalse();
    assertThat(progressOf(complaint, Deadline.ANSWER)).isEqualTo(Progress.SENT);
  }

  @Test
  void anAnswerThatLeftWithinTheAcknowledgementPeriodStandsForTheAcknowledgement() {
    Complaint complaint = byPost(LocalDate.of(2026, 6, 1));
    completeTask(complaint, Map.of(ProcessVariables.QUALIFICATION, "COMPLAINT"));
    completeTask(complaint, Map.of(ProcessVariables.REVIEW_DECISION, "ANSWER_AT_ONCE"));
    answer(complaint);
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).as("the answer is written").isEqualTo(Progress.WRITTEN);

    on(6, 5);
    delivery.deliverAndPrint();

    Deadlines deadlines = deadlinesOf(complaint);
    assertThat(deadlines.getAcknowledgementSentOn()).isNull();
    assertThat(deadlines.acknowledgedOn()).isEqualTo(LocalDate.of(2026, 6, 5));
    assertThat(deadlines.getAcknowledgedInTime()).isTrue();
    assertThat(deadlines.getAnswerSentOn()).isEqualTo(LocalDate.of(2026, 6, 5));
    assertThat(deadlines.getAnsweredInTime()).isTrue();
    assertThat(progressOf(complaint, Deadline.ACKNOWLEDGEMENT)).isEqualTo(Progress.SENT);
  }

  @Test
  void lettersLeaveWithoutAMailServerForTestsThatOnlyNeedTheDates() {
    Complaint complaint = byEmail(LocalDate.of(2026, 6, 1));
    acknowledge(complaint);
    smtp.stop();

    on(6, 4);
    delivery.leave(complaint.getReference());

    assertThat(letter(complaint, LetterType.ACKNOWLEDGEMENT).getStatus()).isEqualTo(LetterStatus.SENT);
    assertThat(deadlinesOf(complaint).getAcknowledgementSentOn()).isEqualTo(LocalDate.of(2026, 6, 4));
    smtp.start();
  }
}
