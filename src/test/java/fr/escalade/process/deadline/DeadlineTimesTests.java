package fr.escalade.process.deadline;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instants the diagrams' timers and tasks get, computed from the register: the same instants the
 * process used to keep as variables (the regulatory clocks do not move), with a Sunday deadline and
 * a holiday in the way.
 */
@EscaladeSpringTest
class DeadlineTimesTests {

  @Autowired DeadlineTimes times;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;

  // 31 March 2026 + 2 months = Sunday 31 May 2026; Whit Monday 25 May is a holiday
  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 31, 10, 0);

  private static Date at(String isoOffsetDateTime) {
    return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
  }

  private static DelegateExecution executionOf(Complaint complaint) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn(complaint.getReference());
    return execution;
  }

  private Complaint sentOn(LocalDate day) {
    return intake.register(aComplaint().of("asekkey").atLevel(2).sentAndReceivedOn(day).build());
  }

  @Test
  void theHandlingDeadlinesComeFromTheRegister() {
    DelegateExecution execution = executionOf(sentOn(LocalDate.of(2026, 3, 31)));

    // acknowledgement on Monday 13 April (10 jours ouvrables), reminded 3 jours ouvrables before
    assertThat(times.acknowledgementReminder(execution)).isEqualTo(at("2026-04-09T09:00+02:00"));
    assertThat(times.acknowledgementDue(execution)).isEqualTo(at("2026-04-14T00:00+02:00"));
    assertThat(times.acknowledgementTarget(execution)).isEqualTo(at("2026-04-14T00:00+02:00"));
    // answer on Sunday 31 May: escalated when it is over, aimed for by Saturday 30 May, reminded
    // 10 jours ouvrables before (Whit Monday does not count)
    assertThat(times.answerReminder(execution)).isEqualTo(at("2026-05-19T09:00+02:00"));
    assertThat(times.answerDue(execution)).isEqualTo(at("2026-06-01T00:00+02:00"));
    assertThat(times.answerTarget(execution)).isEqualTo(at("2026-05-31T00:00+02:00"));
    assertThat(times.answerEscalation(execution)).isEqualTo("R/2026-05-31T22:00:00Z/P7D");
    // Asekkey's 60 days end on 30 May: mediation opens on the 31st
    assertThat(times.mediationOpens(execution)).isEqualTo(at("2026-05-31T00:00+02:00"));
    // not answered yet: from today, but no earlier than mediation opens, then 2 months
    assertThat(times.closeWithoutReferral(execution)).isEqualTo(at("2026-08-01T00:00+02:00"));
    assertThat(times.answerPromised(execution)).isFalse();
  }

  @Test
  void aComplaintRegisteredAfterItsAnswerDeadlineIsEscalatedTenSecondsLaterThenEveryWeek() {
    DelegateExecution execution = executionOf(sentOn(LocalDate.of(2026, 1, 5)));

    // the engine's clock: 31 March 2026 at 10:00 in Paris
    assertThat(times.answerEscalation(execution)).isEqualTo("R/2026-03-31T08:00:10Z/P7D");
  }

  @Test
  void thePromisedAnswerAndTheMediationDatesAreTheRegistersLatest() {
    Complaint complaint = sentOn(LocalDate.of(2026, 3, 31));
    DelegateExecution execution = executionOf(complaint);
    assertThatThrownBy(() -> times.promisedAnswerDue(execution)).hasMessageContaining("PROMISED_ANSWER");

    register.recordDelayNotice(register.get(complaint.getReference()), "Expertise en cours.", LocalDate.of(2026, 6, 14));
    assertThat(times.answerPromised(execution)).isTrue();
    assertThat(times.promisedAnswerDue(execution)).isEqualTo(at("2026-06-15T00:00+02:00"));
    // 2 jours ouvrables before Sunday 14 June
    assertThat(times.promisedAnswerReminder(execution)).isEqualTo(at("2026-06-12T09:00+02:00"));
    register.recordDelayNotice(register.get(complaint.getReference()), "Toujours en cours.", LocalDate.of(2026, 6, 30));
    assertThat(times.promisedAnswerDue(execution)).as("re-armed on the new date").isEqualTo(at("2026-07-01T00:00+02:00"));

    register.planMediatorFile(register.get(complaint.getReference()), LocalDate.of(2026, 6, 15));
    assertThat(times.mediatorFileDue(execution)).isEqualTo(at("2026-06-16T00:00+02:00"));
    assertThat(times.mediatorFileReminder(execution)).isEqualTo(at("2026-06-09T09:00+02:00"));
    register.recordMediatorFileSent(register.get(complaint.getReference()), LocalDate.of(2026, 9, 14));
    assertThat(times.mediatorProposalDue(execution)).isEqualTo(at("2026-09-15T00:00+02:00"));
    register.extendMediatorProposal(register.get(complaint.getReference()), LocalDate.of(2026, 10, 30));
    assertThat(times.mediatorProposalDue(execution)).as("extended").isEqualTo(at("2026-10-31T00:00+01:00"));
    register.planProposalResponse(register.get(complaint.getReference()), LocalDate.of(2026, 11, 19));
    assertThat(times.proposalResponseDue(execution)).isEqualTo(at("2026-11-20T00:00+01:00"));
  }
}
