package fr.escalade.reporting;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.intake.NewComplaint;
import fr.escalade.complaint.Outcome;
import fr.escalade.improvement.CorrectiveActionStatus;
import fr.escalade.improvement.CorrectiveActions;
import fr.escalade.improvement.DysfunctionCategory;
import fr.escalade.improvement.Dysfunctions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The reporting figures of a small, hand-checked register: six complaints of the test firm
 * "rapports" sent between March and June 2024, looked at on Monday 10 June 2024.
 */
@EscaladeSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiReportTests {

  static final String FIRM = "rapports";
  static final LocalDate FROM = LocalDate.of(2024, 3, 1);
  static final LocalDate TO = LocalDate.of(2024, 6, 30);

  /** Static, so that the register is built on the days it describes; every test looks at it on the day of the report. */
  @RegisterExtension static final TestClockExtension clock = TestClockExtension.parisTime(2024, 6, 10, 10, 0);

  @Autowired KpiReport report;
  @Autowired TestRestTemplate http;

  @BeforeAll
  void aSmallRegister(
      @Autowired ComplaintIntake intake,
      @Autowired ComplaintRegister register,
      @Autowired Dysfunctions dysfunctions,
      @Autowired CorrectiveActions actions) {
    on(2024, 6, 1);
    var overdueAction = actions.plan(plan("Relancer les dossiers sans accusé", LocalDate.of(2024, 6, 5)), "sophie");
    var openAction = actions.plan(plan("Former l'accueil", LocalDate.of(2024, 6, 30)), "sophie");
    var doneAction = actions.plan(plan("Corriger l'échéancier", LocalDate.of(2024, 6, 30)), "sophie");
    actions.progress(doneAction.getId(), CorrectiveActionStatus.DONE, "Échéancier corrigé.", null, null);

    on(2024, 6, 10);
    String a = intake.register(complaint(Channel.EMAIL, "2024-03-01")).getReference();
    String b = intake.register(complaint(Channel.EMAIL, "2024-03-04")).getReference();
    String c = intake.register(complaint(Channel.EMAIL, "2024-03-04")).getReference();
    String d = intake.register(complaint(Channel.EMAIL, "2024-04-02")).getReference();
    String e = intake.register(complaint(Channel.POST, "2024-04-03")).getReference();
    intake.register(complaint(Channel.EMAIL, "2024-06-07"));
    String g = intake.register(complaint(Channel.POST, "2024-01-15")).getReference();

    // A: acknowledged and answered in time, in 45 days; referred to the mediator, proposal refused
    on(2024, 3, 5);
    register.recordAcknowledgementSent(register.get(a), LocalDate.of(2024, 3, 5));
    on(2024, 4, 15);
    register.recordAnswer(register.get(a), Outcome.FAVOURABLE, "OTHER", null);
    register.recordAnswerSent(register.get(a), LocalDate.of(2024, 4, 15));
    register.recordMediatorReferral(register.get(a), null, LocalDate.of(2024, 6, 5));
    register.recordMediatorProposal(register.get(a), LocalDate.of(2024, 6, 8), "Geste commercial.");
    register.recordProposalResponse(register.get(a), false);
    // B: answered within the acknowledgement period, in 4 days
    on(2024, 3, 8);
    register.recordAnswer(register.get(b), Outcome.PARTLY_FAVOURABLE, "OTHER", null);
    register.recordAnswerSent(register.get(b), LocalDate.of(2024, 3, 8));
    // C: acknowledged late, answered late, in 77 days
    on(2024, 3, 29);
    register.recordAcknowledgementSent(register.get(c), LocalDate.of(2024, 3, 29));
    on(2024, 5, 20);
    register.recordAnswer(register.get(c), Outcome.UNFAVOURABLE, "OTHER", null);
    register.recordAnswerSent(register.get(c), LocalDate.of(2024, 5, 20));
    // D: a simple request
    on(2024, 4, 3);
    register.close(register.get(d), fr.escalade.complaint.HandlingOutcome.NOT_A_COMPLAINT);
    // E: nothing sent, both deadlines past; F: sent last Friday, nothing due yet
    // G (January): acknowledged, answered in writing on 20 February, but the letter never left
    on(2024, 1, 16);
    register.recordAcknowledgementSent(register.get(g), LocalDate.of(2024, 1, 16));
    on(2024, 2, 20);
    register.recordAnswer(register.get(g), Outcome.FAVOURABLE, "OTHER", null);

    on(2024, 6, 10);
    dysfunctions.record(c, DysfunctionCategory.PROCESSING_DELAY, "Dossier non affecté.", "marc");
    dysfunctions.record(e, DysfunctionCategory.PROCESSING_DELAY, "Courrier égaré.", "marc");
    dysfunctions.record(a, DysfunctionCategory.BILLING_ERROR, "Échéancier faux.", "marc");
    assertThat(Set.of(overdueAction.getId(), openAction.getId())).hasSize(2);
  }

  private static void on(int year, int month, int day) {
    clock.setParisTime(year, month, day, 10, 0);
  }

  private static NewComplaint complaint(Channel channel, String sentOn) {
    return aComplaint().of(FIRM).by(channel).sentOn(LocalDate.parse(sentOn))
        .from("Client Rapports", "client@rapports.test", "1 rue Haute, 75001 Paris")
        .aboutContract(null).about("Objet", "Exposé.")
        .build();
  }

  private static CorrectiveActions.Plan plan(String title, LocalDate dueOn) {
    return new CorrectiveActions.Plan(FIRM, title, null, "Direction", dueOn, Set.of());
  }

  @Test
  void volumesAreCountedByChannelLevelAndOutcome() {
    Kpis kpis = report.compute(FIRM, FROM, TO);

    assertThat(kpis.received()).isEqualTo(6);
    assertThat(kpis.notComplaints()).isEqualTo(1);
    assertThat(kpis.byChannel()).containsEntry("EMAIL", 5L).containsEntry("POST", 1L).containsEntry("WEB", 0L);
    assertThat(kpis.byLevelReached()).as("A went to the mediator").containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of(2, 5L, 3, 1L)));
    assertThat(kpis.byOutcome())
        .containsEntry("FAVOURABLE", 1L).containsEntry("PARTLY_FAVOURABLE", 1L).containsEntry("UNFAVOURABLE", 1L)
        .containsEntry("NOT_A_COMPLAINT", 1L).containsEntry("PENDING", 2L);
    assertThat(kpis.open()).as("E and F await their answer").isEqualTo(2);
    assertThat(kpis.overdue()).as("E").isEqualTo(1);
  }

  @Test
  void onTimeSharesCountOnlyWhatWasDueAndPercentilesComeFromTheAnswerDelays() {
    Kpis kpis = report.compute(FIRM, FROM, TO);

    // due: A, B, C, E (F's deadlines are still to come; D is not a complaint)
    assertThat(kpis.acknowledgedInTime()).returns(4L, Kpis.OnTime::due).returns(2L, Kpis.OnTime::onTime);
    assertThat(kpis.acknowledgedInTime().share()).isCloseTo(0.5, within(1e-9));
    assertThat(kpis.answeredInTime()).returns(4L, Kpis.OnTime::due).returns(2L, Kpis.OnTime::onTime);
    assertThat(kpis.daysToAnswer()).isEqualTo(new Kpis.DaysToAnswer(3, 45, 77));
  }

  @Test
  void monthsMediationDysfunctionsAndCorrectiveActions() {
    Kpis kpis = report.compute(FIRM, FROM, TO);

    assertThat(kpis.months()).extracting(Kpis.Month::month)
        .containsExactly(YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));
    assertThat(kpis.months()).extracting(Kpis.Month::received).containsExactly(3L, 2L, 0L, 1L);
    assertThat(kpis.months().get(0).acknowledgedInTime()).returns(3L, Kpis.OnTime::due).returns(2L, Kpis.OnTime::onTime);
    assertThat(kpis.months().get(2).answeredInTime().share()).as("nothing due in May").isNull();
    assertThat(kpis.mediation()).isEqualTo(new Kpis.Mediation(1, 0, 1, 0, 1));
    assertThat(kpis.topDysfunctions())
        .containsExactly(
            new Kpis.DysfunctionCount("PROCESSING_DELAY", "Délai de traitement", 2),
            new Kpis.DysfunctionCount("BILLING_ERROR", "Erreur de cotisation ou de prélèvement", 1));
    assertThat(kpis.correctiveActions()).isEqualTo(new Kpis.CorrectiveActionCounts(2, 1, 1));
  }

  @Test
  void anAnswerWrittenButNotYetSentIsStillAwaitedAndLateNotAnsweredInTime() {
    Kpis january = report.compute(FIRM, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    assertThat(january.received()).isEqualTo(1);
    assertThat(january.answersNotSent()).isEqualTo(1);
    assertThat(january.open()).as("the client still waits for it").isEqualTo(1);
    assertThat(january.overdue()).as("due on 15 March").isEqualTo(1);
    assertThat(january.answeredInTime()).returns(1L, Kpis.OnTime::due).returns(0L, Kpis.OnTime::onTime);
    assertThat(january.acknowledgedInTime()).returns(1L, Kpis.OnTime::due).returns(1L, Kpis.OnTime::onTime);
    assertThat(january.daysToAnswer().answered()).isZero();
  }

  @Test
  void aNarrowerPeriodCountsOnlyItsComplaints() {
    Kpis march = report.compute(FIRM, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    assertThat(march.received()).isEqualTo(3);
    assertThat(march.daysToAnswer().median()).isEqualTo(45);
  }

  @Test
  void theApiAnswersTheSameFiguresAndNamesBadParameters() {
    JsonNode kpis =
        http.withBasicAuth("sophie", "sophie")
            .getForObject("/api/reports/kpis?firm=rapports&from=2024-03-01&to=2024-06-30", JsonNode.class);
    assertThat(kpis.get("received").asLong()).isEqualTo(6);
    assertThat(kpis.get("acknowledgedInTime").get("share").asDouble()).isEqualTo(0.5);
    assertThat(kpis.get("months").get(0).get("month").asText()).isEqualTo("2024-03");

    for (String query : new String[] {"firm=nowhere", "from=2024-06-30&to=2024-03-01", "from=yesterday"}) {
      ResponseEntity<JsonNode> bad = http.withBasicAuth("sophie", "sophie").getForEntity("/api/reports/kpis?" + query, JsonNode.class);
      assertThat(bad.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody().get("errors").findValuesAsText("field")).as(query).containsAnyOf("firm", "from");
    }
  }
}
