package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mediation stage's ISO dates read as a French reader writes them, in the forms only. */
class FrenchDatesTests {

  @Test
  void anIsoDateIsShownDayMonthYear() {
    assertThat(FrenchDates.french("2026-11-26")).isEqualTo("26/11/2026");
    assertThat(FrenchDates.french("2026-03-02T10:00:00")).isEqualTo("02/03/2026");
  }

  @Test
  void anAbsentOrUnreadableDateShowsNothing() {
    assertThat(FrenchDates.french(null)).isNull();
    assertThat(FrenchDates.french(" ")).isNull();
    assertThat(FrenchDates.french("le 3 mars")).isNull();
  }

  @Test
  void everyDateShownHasAVariableTheFormsKnow() {
    assertThat(FrenchDates.SHOWN_AS)
        .containsEntry(ProcessVariables.REFERRAL_RECEIVED_ON, "referralReceivedOnText")
        .containsEntry(ProcessVariables.REFERRAL_FILED_ON, "referralFiledOnText")
        .containsEntry(ProcessVariables.MEDIATOR_PROPOSAL_ON, "mediatorProposalOnText");
  }
}
