package fr.escalade.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.deadline.ComplaintDeadlines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules the register's values keep, so that no caller works them out again. */
class ComplaintRulesTests {

  static final LocalDate SENT = LocalDate.of(2026, 3, 2);
  static final LocalDate ACKNOWLEDGEMENT_DUE = LocalDate.of(2026, 3, 13);
  static final LocalDate ANSWER_DUE = LocalDate.of(2026, 5, 2);
  static final LocalDate MEDIATION_OPENS = LocalDate.of(2026, 5, 2);
  static final LocalDate MEDIATION_CLOSES = LocalDate.of(2027, 3, 2);

  static Complaint complaint() {
    return new Complaint(
        "REC-2026-000001", "asekkey", Channel.EMAIL, new Complainant("Jeanne Dupont", null, null, null, true, null, null),
        null, "Sinistre", "Toujours pas indemnisé.", SENT, SENT, 2,
        new ComplaintDeadlines(SENT, ACKNOWLEDGEMENT_DUE, ANSWER_DUE, MEDIATION_OPENS, MEDIATION_CLOSES, SENT, SENT),
        Instant.parse("2026-03-02T09:00:00Z"));
  }

  @Test
  void aNoticeIsAboutTheDeadlineItNames() {
    Deadlines deadlines = complaint().getDeadlines();
    assertThat(deadlines.dueOn(Deadline.ACKNOWLEDGEMENT)).isEqualTo(ACKNOWLEDGEMENT_DUE);
    assertThat(deadlines.dueOn(Deadline.ANSWER)).isEqualTo(ANSWER_DUE);
  }

  @Test
  void anAnswerWithinTheAcknowledgementPeriodStandsForTheAcknowledgement() {
    Complaint complaint = complaint();
    complaint.recordAnswer(Outcome.FAVOURABLE, "CLAIM_SETTLEMENT", BigDecimal.TEN);
    complaint.recordAnswerSent(LocalDate.of(2026, 3, 10));

    assertThat(complaint.getDeadlines().acknowledgedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(complaint.getDeadlines().getAcknowledgedInTime()).isTrue();
    assertThat(complaint.getDeadlines().getAnswerDays()).isEqualTo(8);
  }

  @Test
  void aLateAnswerWithoutAnAcknowledgementLeavesItUnacknowledgedAndLate() {
    Complaint complaint = complaint();
    complaint.recordAnswer(Outcome.UNFAVOURABLE, null, null);
    complaint.recordAnswerSent(LocalDate.of(2026, 3, 20));

    assertThat(complaint.getDeadlines().acknowledgedOn()).isNull();
    assertThat(complaint.getDeadlines().getAcknowledgedInTime()).isFalse();
    assertThat(complaint.getDeadlines().getAnsweredInTime()).isTrue();
  }

  @Test
  void theFirstOfAcknowledgementAndAnswerDecidesWhetherTheAcknowledgementCameInTime() {
    Complaint complaint = complaint();
    complaint.recordAcknowledgementSent(LocalDate.of(2026, 3, 16));
    complaint.recordAnswer(Outcome.FAVOURABLE, null, null);
    complaint.recordAnswerSent(LocalDate.of(2026, 3, 17));

    assertThat(complaint.getDeadlines().getAcknowledgedInTime()).isFalse();
    assertThat(complaint.getDeadlines().acknowledgedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void mediationAdmitsAReferralFromTheDayItOpensToTheDayItCloses() {
    Mediation mediation = complaint().getMediation();
    assertThat(mediation.admits(MEDIATION_OPENS.minusDays(1))).isFalse();
    assertThat(mediation.admits(MEDIATION_OPENS)).isTrue();
    assertThat(mediation.admits(MEDIATION_CLOSES)).isTrue();
    assertThat(mediation.admits(MEDIATION_CLOSES.plusDays(1))).isFalse();
  }

  @Test
  void aComplaintNotAnsweredYetHasAnEmptyAnswer() {
    assertThat(complaint().getAnswer().getCategory()).isNull();
    assertThat(complaint().getDelay().isAnnounced()).isFalse();
  }
}
