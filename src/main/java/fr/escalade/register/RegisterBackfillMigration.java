package fr.escalade.register;

import fr.escalade.complaint.ComplaintNameWord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 3: brings a register written by an earlier version up to what the search and the
 * reports read: the words of complainants' names, and whether acknowledgements and answers came in
 * time. New complaints get both as they are registered and answered. It reads only the database, not
 * the entities: migrations run before JPA starts.
 */
@Component
class RegisterBackfillMigration extends RegisterMigration {

  RegisterBackfillMigration() {
    super("3", "register backfill: name words and deadlines met");
  }

  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement sql = connection.createStatement()) {
      sql.executeUpdate("""
          update complaint set acknowledged_in_time = case
              when acknowledgement_sent_on <= acknowledgement_due_on or answer_sent_on <= acknowledgement_due_on then true
              else false end
          where acknowledged_in_time is null and (acknowledgement_sent_on is not null or answer_sent_on is not null)
          """);
      sql.executeUpdate("""
          update complaint set answered_in_time = case when answer_sent_on <= answer_due_on then true else false end
          where answered_in_time is null and answer_sent_on is not null
          """);
    }
    indexNamesNotIndexedYet(connection);
  }

  private static void indexNamesNotIndexedYet(Connection connection) throws SQLException {
    long after = 0;
    try (PreparedStatement page = connection.prepareStatement("""
            select c.id, c.complainant_name from complaint c
            where c.id > ? and not exists (select 1 from complaint_name_word w where w.complaint_id = c.id)
            order by c.id
            """);
        PreparedStatement insert = connection.prepareStatement("insert into complaint_name_word (complaint_id, word) values (?, ?)")) {
      page.setMaxRows(BATCH);
      while (true) {
        page.setLong(1, after);
        int rows = 0;
        try (ResultSet complaints = page.executeQuery()) {
          while (complaints.next()) {
            rows++;
            after = complaints.getLong(1);
            for (String word : ComplaintNameWord.wordsOf(complaints.getString(2))) {
              insert.setLong(1, after);
              insert.setString(2, word);
              insert.addBatch();
            }
          }
        }
        insert.executeBatch();
        if (rows < BATCH) {
          return;
        }
      }
    }
  }
}
