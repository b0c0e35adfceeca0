package fr.escalade.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What auditors' spreadsheets and clients of the list read: column names that do not move. */
class RegisterColumnsTests {

  @Test
  void theCsvKeepsItsColumnsAndTheirOrder() {
    assertThat(RegisterCsv.COLUMNS.keySet())
        .containsExactly(
            "reference", "firm", "channel", "complainant_name", "complainant_email", "complainant_postal_address",
            "complainant_phone", "complainant_is_client", "complainant_is_resident", "complainant_represented_by",
            "contract_reference", "subject", "category", "amount_at_stake", "sent_on", "received_on", "start_date",
            "entry_level", "level_reached", "status", "acknowledgement_due_on", "acknowledgement_sent_on",
            "acknowledgement_automatic", "acknowledged_in_time", "answer_due_on", "answer_sent_on", "answered_in_time",
            "delay_notices_sent", "delay_reason",
            "expected_answer_on", "outcome", "mediation_opens_on", "mediation_closes_on", "mediator_referred_on", "mediator_referral_filed_on",
            "mediator_referral_warning", "mediator_referral_admissible", "mediator_proposal_on", "mediator_proposal",
            "mediator_proposal_accepted", "mediator_file_due_on", "mediator_file_sent_on", "mediator_proposal_due_on",
            "mediator_proposal_extended", "proposal_response_due_on", "mediation_ending", "mediation_ended_on", "closed_on",
            "mediator", "insurer", "product_line", "insurer_referred_on", "qualified_as", "qualification_note",
            "qualified_by", "qualified_on", "delay_notices", "mediator_referrals", "dysfunctions", "corrective_actions", "correspondence");
  }

  @Test
  void everyColumnHasItsOwnFrenchHeader() {
    assertThat(RegisterCsv.COLUMNS.keySet())
        .allSatisfy(column -> assertThat(RegisterCsvHeaders.all()).as("French header of %s", column).containsKey(column));
    assertThat(RegisterCsvHeaders.all().keySet()).as("no header left for a column gone").isEqualTo(RegisterCsv.COLUMNS.keySet());
    assertThat(RegisterCsvHeaders.all().values()).doesNotHaveDuplicates().noneMatch(header -> header.contains(";"));
    assertThat(CsvFormat.FRENCH.header("answer_due_on")).isEqualTo("Réponse due le");
    assertThat(CsvFormat.STANDARD.header("answer_due_on")).isEqualTo("answer_due_on");
  }

  @Test
  void aListRowKeepsItsFields() {
    assertThat(RegisterController.LISTED.stream().map(field -> field.name()))
        .containsExactly(
            "reference", "firm", "channel", "complainantName", "subject", "category", "startDate", "levelReached", "status",
            "acknowledgementDueOn", "acknowledgementSentOn", "answerDueOn", "answerSentOn", "outcome", "closedOn",
            "qualifiedAs", "qualifiedBy", "qualifiedOn", "qualificationNote");
  }

  @Test
  void listsSortByTheFieldsTheyAlwaysSortedBy() {
    assertThat(RegisterController.SORTABLE.keySet())
        .containsExactlyInAnyOrder(
            "reference", "firm", "startDate", "registeredAt", "acknowledgementDueOn", "answerDueOn", "status", "levelReached",
            "closedOn");
    assertThat(RegisterController.SORTABLE.get("answerDueOn").attribute()).isEqualTo("deadlines.answerDueOn");
  }
}
