package fr.escalade.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.TestClockExtension;
import fr.escalade.complaint.ComplaintNameWord;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Loads a register of 1,000,000 complaints (five years, two firms) into the embedded H2 database,
 * on disk as in the default set-up, and prints how long the KPIs and filtered list pages take.
 * Not a test: it asserts nothing about time. Run it with {@code ./mvnw verify -Pbenchmark}; the
 * figures of a run are in BENCHMARKS.md. The database stays in {@code target/benchmark} so that a
 * second run skips the load.
 */
@Tag("benchmark")
@SpringBootTest(
    properties = {
      // H2 caches the results of repeated queries per connection: off, so that each run does the work
      "spring.datasource.url=jdbc:h2:file:./target/benchmark/escalade;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0",
      "logging.level.org.hibernate.SQL=off"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterAtScaleBenchmark {

  static final int COMPLAINTS = Integer.getInteger("benchmark.complaints", 1_000_000);
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 11, 24);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final int WARM_UP = 3;
  static final int RUNS = 10;

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;

  @RegisterExtension static final TestClockExtension clock = TestClockExtension.parisTime(2026, 11, 23, 10, 0);

  private final List<String> report = new ArrayList<>();

  @BeforeAll
  void aMillionComplaints() throws SQLException {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Long present = jdbc.queryForObject("select count(*) from complaint", Long.class);
    if (present != null && present >= COMPLAINTS) {
      report.add(String.format(Locale.ROOT, "register: %,d complaints already loaded", present));
      return;
    }
    jdbc.update("delete from corrective_action_dysfunction");
    jdbc.update("delete from dysfunction");
    jdbc.update("delete from complaint_name_word");
    jdbc.update("delete from complaint");
    long start = System.nanoTime();
    load();
    jdbc.execute("analyze");
    report.add(String.format(Locale.ROOT, "load: %,d complaints and %,d dysfunctions in %.1f s",
        COMPLAINTS, jdbc.queryForObject("select count(*) from dysfunction", Long.class), (System.nanoTime() - start) / 1e9));
  }

  @AfterAll
  void printReport() {
    System.out.println();
    System.out.println("=== Register at scale (H2 on disk) ===");
    report.forEach(System.out::println);
    System.out.println();
  }

  private void load() throws SQLException {
    String[] channels = {"EMAIL", "POST", "PHONE", "WEB", "COUNTER"};
    String[] outcomes = {"FAVOURABLE", "PARTLY_FAVOURABLE", "UNFAVOURABLE", "FAVOURABLE", "WITHDRAWN", "UNFAVOURABLE", "FAVOURABLE",
        "PARTLY_FAVOURABLE", "UNFAVOURABLE", "NOT_A_COMPLAINT"};
    String[] names = {"Dupont", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre"};
    String[] categories = {"PROCESSING_DELAY", "BILLING_ERROR", "INFORMATION_OR_ADVICE", "CLAIM_SETTLEMENT", "CUSTOMER_CONTACT"};
    long days = TODAY.toEpochDay() - FIRST_DAY.toEpochDay();
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement complaint = connection.prepareStatement("""
              insert into complaint (id, version, reference, firm, channel, complainant_name, complainant_email, complainant_is_client,
                subject, description, sent_on, received_on, start_date, registered_at, entry_level, level_reached, status,
                acknowledgement_due_on, acknowledgement_sent_on, answer_due_on, answer_sent_on, answer_days, delay_notices_sent,
                outcome, category, mediation_opens_on, mediation_closes_on, mediator_referred_on, mediator_referral_admissible,
                mediator_proposal_on, mediator_proposal_accepted, closed_on, acknowledged_in_time, answered_in_time, mediator)
              values (?, 0, ?, ?, ?, ?, ?, true, ?, 'Exposé de la réclamation.', ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'OTHER', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'assurance')
              """);
          PreparedStatement word = connection.prepareStatement("insert into complaint_name_word (complaint_id, word) values (?, ?)");
          PreparedStatement dysfunction = connection.prepareStatement("""
              insert into dysfunction (id, complaint_id, firm, category, description, found_on, recorded_by, recorded_at)
              values (?, ?, ?, ?, 'Dysfonctionnement relevé.', ?, 'benchmark', ?)
              """)) {
        long dysfunctions = 0;
        for (int i = 1; i <= COMPLAINTS; i++) {
          LocalDate startDate = FIRST_DAY.plusDays((long) i * days / COMPLAINTS);
          String firm = i % 5 == 0 ? "almena" : "asekkey";
          LocalDate ackDue = startDate.plusDays(12);
          LocalDate answerDue = startDate.plusMonths(2);
          boolean old = startDate.isBefore(TODAY.minusDays(90));
          boolean leftOpen = i % 50 == 0;
          LocalDate ackSent = null;
          LocalDate answerSent = null;
          String status;
          String outcome = null;
          LocalDate closedOn = null;
          if (old && !leftOpen) {
            ackSent = startDate.plusDays(i % 15);
            answerSent = startDate.plusDays(5 + i % 75);
            outcome = outcomes[i % outcomes.length];
            closedOn = answerSent.plusDays(60);
            status = "CLOSED";
          } else {
            status = i % 3 == 0 ? "WITH_COMPLAINTS_SERVICE" : i % 3 == 1 ? "QUALIFYING" : "ANSWERED";
            if (status.equals("ANSWERED")) {
              ackSent = startDate.plusDays(3);
              answerSent = startDate.plusDays(20);
              if (answerSent.isAfter(TODAY)) {
                answerSent = null;
                status = "WITH_COMPLAINTS_SERVICE";
              }
              outcome = answerSent == null ? null : outcomes[i % 9];
            }
          }
          boolean referred = closedOn != null && i % 97 == 0;
          int p = 1;
          complaint.setLong(p++, i);
          complaint.setString(p++, String.format(Locale.ROOT, "REC-%d-%07d", startDate.getYear(), i));
          complaint.setString(p++, firm);
          complaint.setString(p++, channels[i % channels.length]);
          complaint.setString(p++, "Client " + names[i % names.length] + " " + i);
          complaint.setString(p++, "client" + i + "@example.fr");
          complaint.setString(p++, "Réclamation " + i);
          complaint.setDate(p++, Date.valueOf(startDate));
          complaint.setDate(p++, Date.valueOf(startDate.plusDays(2)));
          complaint.setDate(p++, Date.valueOf(startDate));
          complaint.setTimestamp(p++, Timestamp.valueOf(startDate.plusDays(2).atTime(10, 0)));
          complaint.setInt(p++, referred ? 3 : 2);
          complaint.setString(p++, status);
          complaint.setDate(p++, Date.valueOf(ackDue));
          complaint.setDate(p++, ackSent == null ? null : Date.valueOf(ackSent));
          complaint.setDate(p++, Date.valueOf(answerDue));
          complaint.setDate(p++, answerSent == null ? null : Date.valueOf(answerSent));
          if (answerSent == null) {
            complaint.setNull(p++, java.sql.Types.INTEGER);
          } else {
            complaint.setInt(p++, (int) (answerSent.toEpochDay() - startDate.toEpochDay()));
          }
          complaint.setString(p++, outcome);
          complaint.setDate(p++, Date.valueOf(startDate.plusDays(60)));
          complaint.setDate(p++, Date.valueOf(startDate.plusYears(1)));
          complaint.setDate(p++, referred ? Date.valueOf(answerSent.plusDays(30)) : null);
          complaint.setObject(p++, referred ? Boolean.TRUE : null);
          complaint.setDate(p++, referred ? Date.valueOf(answerSent.plusDays(50)) : null);
          complaint.setObject(p++, referred ? i % 2 == 0 : null);
          complaint.setDate(p++, closedOn == null ? null : Date.valueOf(closedOn));
          LocalDate firstLetter = ackSent != null ? ackSent : answerSent;
          complaint.setObject(p++, firstLetter == null ? null : !firstLetter.isAfter(ackDue));
          complaint.setObject(p++, answerSent == null ? null : !answerSent.isAfter(answerDue));
          complaint.addBatch();
          for (String w : ComplaintNameWord.wordsOf("Client " + names[i % names.length] + " " + i)) {
            word.setLong(1, i);
            word.setString(2, w);
            word.addBatch();
          }
          if (i % 20 == 0) {
            dysfunction.setLong(1, ++dysfunctions);
            dysfunction.setLong(2, i);
            dysfunction.setString(3, firm);
            dysfunction.setString(4, categories[(i / 20) % categories.length]);
            dysfunction.setDate(5, Date.valueOf(startDate.plusDays(10)));
            dysfunction.setTimestamp(6, Timestamp.valueOf(startDate.plusDays(10).atTime(12, 0)));
            dysfunction.addBatch();
          }
          if (i % 10_000 == 0) {
            complaint.executeBatch();
            word.executeBatch();
            dysfunction.executeBatch();
            connection.commit();
          }
        }
        complaint.executeBatch();
        word.executeBatch();
        dysfunction.executeBatch();
        connection.commit();
      }
      // the identity columns continue after the loaded rows
      try (var statement = connection.createStatement()) {
        statement.execute("alter table complaint alter column id restart with " + (COMPLAINTS + 1));
        statement.execute("alter table dysfunction alter column id restart with " + (COMPLAINTS + 1));
      }
      connection.commit();
    }
  }

  @Test
  void kpisAndListPages() throws Exception {
    measure("KPIs, asekkey, last 12 months", "/api/reports/kpis?firm=asekkey&from=2025-12-01&to=2026-11-23");
    measure("KPIs, almena, one quarter", "/api/reports/kpis?firm=almena&from=2026-07-01&to=2026-09-30");
    measure("KPIs, every firm, all five years (1,000,000 rows)", "/api/reports/kpis?from=2021-11-24&to=2026-11-23");
    measure("list, asekkey, overdue, by answer due date, page 1", "/api/complaints?firm=asekkey&overdue=true&sort=answerDueOn,asc&size=50");
    measure("list, asekkey, last quarter, newest first, page 1", "/api/complaints?firm=asekkey&sentFrom=2026-07-01&sentTo=2026-09-30&size=50");
    measure("list, status WITH_COMPLAINTS_SERVICE, page 3", "/api/complaints?status=WITH_COMPLAINTS_SERVICE&page=2&size=50");
    measure("list, whole register, newest first, page 1", "/api/complaints?size=50");
    measure("list, search by reference", "/api/complaints?q=REC-2024-0400000");
    measure("list, search by name (two words)", "/api/complaints?q=dupont%20999990");
    measure("list, search by a common name, page 1", "/api/complaints?q=dupont&size=50");
    measure("CSV, almena, one quarter", "/api/register.csv?firm=almena&sentFrom=2026-07-01&sentTo=2026-09-30");
  }

  private void measure(String what, String uri) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call(uri);
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call(uri);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    report.add(String.format(Locale.ROOT, "%-55s median %7.1f ms   max %7.1f ms", what, millis[RUNS / 2], millis[RUNS - 1]));
  }

  private void call(String uri) throws Exception {
    mvc.perform(get(uri).header("Authorization", "Basic c29waGllOnNvcGhpZQ==")).andExpect(status().isOk());
  }
}
