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
  void aReferralBeforeMediationOpensWithoutAnAnswerLooksPremature() {
    Complaint complaint = complaint();
    complaint.recordMediatorReferral(null, MEDIATION_OPENS.minusDays(1));
    assertThat(complaint.getMediation().getReferralWarning()).isEqualTo(ReferralWarning.PREMATURE);
  }

  @Test
  void aReferralAfterAnAnswerIsNotPrematureEvenBeforeMediationOpens() {
    Complaint complaint = complaint();
    complaint.recordAnswer(Outcome.UNFAVOURABLE, null, null);
    complaint.recordMediatorReferral(MEDIATION_OPENS.minusDays(20), MEDIATION_OPENS.minusDays(15));
    assertThat(complaint.getMediation().getReferralWarning()).isNull();
    assertThat(complaint.getMediation().getReferralFiledOn()).isEqualTo(MEDIATION_OPENS.minusDays(20));
  }

  @Test
  void aReferralIsJudgedOnItsFilingDateAndLooksLateAfterTheYear() {
    Complaint complaint = complaint();
    complaint.recordMediatorReferral(MEDIATION_CLOSES, MEDIATION_CLOSES.plusDays(10));
    assertThat(complaint.getMediation().getReferralWarning()).as("filed on the last day").isNull();
    complaint.recordMediatorReferral(null, MEDIATION_CLOSES.plusDays(1));
    assertThat(complaint.getMediation().getReferralWarning()).isEqualTo(ReferralWarning.LATE);
    assertThat(complaint.getMediatorReferrals()).as("every referral is kept").hasSize(2);
  }

  @Test
  void aClosedComplaintReferredToTheMediatorReopensAtLevel3() {
    Complaint complaint = complaint();
    complaint.close(MEDIATION_OPENS, HandlingOutcome.SETTLED_AT_FIRST_CONTACT);
    complaint.recordMediatorReferral(null, MEDIATION_OPENS.plusDays(3));
    assertThat(complaint.getClosedOn()).isNull();
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.WITH_MEDIATOR);
    assertThat(complaint.getLevelReached()).isEqualTo(3);
  }

  @Test
  void aDelayNoticeSentAfterTheDateTheClientWasLastGivenIsLateAndEveryNoticeIsKept() {
    Complaint complaint = complaint();
    LocalDate answerDue = complaint.getDeadlines().getAnswerDueOn();
    complaint.recordDelayNotice(answerDue, "Expertise.", answerDue.plusDays(10));
    // after the answer deadline, but before the date the first notice promised: in time
    complaint.recordDelayNotice(answerDue.plusDays(1), "Expertise complémentaire.", answerDue.plusDays(20));
    // on the date promised: still in time; the day after it: late
    complaint.recordDelayNotice(answerDue.plusDays(20), "Contre-expertise.", answerDue.plusDays(30));
    complaint.recordDelayNotice(answerDue.plusDays(31), "Rapport reporté.", answerDue.plusDays(40));
    assertThat(complaint.getDelayNotices()).extracting(DelayNotice::isLate).containsExactly(false, false, false, true);
    assertThat(complaint.dueOn(Deadline.PROMISED_ANSWER)).isEqualTo(answerDue.plusDays(40));
  }

  @Test
  void aComplaintNotAnsweredYetHasAnEmptyAnswer() {
    assertThat(complaint().getAnswer().getCategory()).isNull();
    assertThat(complaint().getDelay().isAnnounced()).isFalse();
  }
}
