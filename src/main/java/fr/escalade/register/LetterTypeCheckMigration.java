package fr.escalade.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 9: the letters of oral complaints, requests, withdrawals and complaints forwarded to an
 * insurer. Migration 1 wrote the check on {@code letter.type} without a name, which each database
 * names its own way; this one finds it by its content, drops it and writes it again under a name
 * later migrations can use ({@code ck_letter_type}).
 */
@Component
class LetterTypeCheckMigration extends RegisterMigration {

  static final List<String> TYPES =
      List.of(
          "SUBMISSION_COPY", "ACKNOWLEDGEMENT", "FIRST_CONTACT_CONFIRMATION", "DELAY_NOTICE", "ANSWER",
          "MEDIATION_INFORMATION", "MEDIATOR_FILE", "PROPOSAL_RESPONSE", "MEDIATION_OUTCOME", "REQUEST_REPLY",
          "ORAL_SETTLEMENT_CONFIRMATION", "WRITTEN_CONFIRMATION_REQUEST", "WITHDRAWAL_CONFIRMATION",
          "INSURER_REFERRAL", "INSURER_REFERRAL_NOTICE", "REMINDER", "ESCALATION", "CLIENT_MESSAGE");

  LetterTypeCheckMigration() {
    super("9", "letter types of oral complaints, requests, withdrawals and insurers");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    List<String> checks = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        var rows = sql.executeQuery(
            "select constraint_name from information_schema.check_constraints where check_clause like '%SUBMISSION_COPY%'")) {
      while (rows.next()) {
        checks.add(rows.getString(1));
      }
    }
    try (Statement sql = connection.createStatement()) {
      for (String check : checks) {
        sql.executeUpdate("alter table letter drop constraint \"" + check + "\"");
      }
      sql.executeUpdate(
          "alter table letter add constraint ck_letter_type check (type in ('" + String.join("','", TYPES) + "'))");
    }
  }
}
