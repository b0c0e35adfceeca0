package fr.escalade.operations;

import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.firm.Firms;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures monitoring reads, per firm: open complaints, overdue acknowledgements and answers,
 * letters pending or failed; and the engine's open incidents and jobs out of retries. Each is a
 * COUNT through an index; all of them are computed at most once per {@link #MAX_AGE}, however often
 * they are scraped, so that monitoring never costs the register more than a few queries a minute.
 */
@Component
class RegisterFigures {

  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private static final Set<ComplaintStatus> OPEN = EnumSet.complementOf(EnumSet.of(ComplaintStatus.CLOSED));

  /** "Overdue" as the reports count it (KpiReport): awaiting an answer, past a deadline not met. */
  private static final String COMPLAINTS = """
      select count(c),
        sum(case when %1$s and c.deadlines.acknowledgementSentOn is null
                  and c.deadlines.acknowledgementDueOn < :today then 1 else 0 end),
        sum(case when %1$s and c.deadlines.answerDueOn < :today then 1 else 0 end)
      from Complaint c where c.status in :open and c.firm = :firm
      """.formatted(ComplaintStatus.AWAITING_ANSWER_JPQL);

  private static final String LETTERS = """
      select c.firm, l.status, count(l) from Letter l join Complaint c on c.reference = l.complaintReference
      where l.status in :statuses group by c.firm, l.status
      """;

  record FirmFigures(long open, long acknowledgementsOverdue, long answersOverdue, long lettersPending, long lettersFailed) {
    static final FirmFigures NONE = new FirmFigures(0, 0, 0, 0, 0);
  }

  record Snapshot(Map<String, FirmFigures> firms, long openIncidents, long failedJobs) {}

  private final EntityManager entities;
  private final TransactionTemplate readOnly;
  private final Firms firms;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final LongSupplier nanoTime;

  private Snapshot last;
  private long lastTakenAt;

  @Autowired
  RegisterFigures(
      EntityManager entities,
      TransactionTemplate transactions,
      Firms firms,
      RuntimeService runtime,
      ManagementService management) {
    this(entities, transactions, firms, runtime, management, System::nanoTime);
  }

  RegisterFigures(
      EntityManager entities,
      TransactionTemplate transactions,
      Firms firms,
      RuntimeService runtime,
      ManagementService management,
      LongSupplier nanoTime) {
    this.entities = entities;
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly.setReadOnly(true);
    this.firms = firms;
    this.runtime = runtime;
    this.management = management;
    this.nanoTime = nanoTime;
  }

  /** The figures, taken anew when the last ones are older than {@link #MAX_AGE}. */
  synchronized Snapshot current() {
    long now = nanoTime.getAsLong();
    if (last == null || now - lastTakenAt >= MAX_AGE.toNanos()) {
      last = readOnly.execute(status -> take());
      lastTakenAt = now;
    }
    return last;
  }

  FirmFigures of(String firm) {
    return current().firms().getOrDefault(firm, FirmFigures.NONE);
  }

  private Snapshot take() {
    Map<String, long[]> letters = new HashMap<>();
    entities.createQuery(LETTERS, Object[].class)
        .setParameter("statuses", List.of(LetterStatus.PENDING, LetterStatus.FAILED))
        .getResultList()
        .forEach(row -> letters.computeIfAbsent((String) row[0], firm -> new long[2])
            [row[1] == LetterStatus.PENDING ? 0 : 1] = ((Number) row[2]).longValue());
    Map<String, FirmFigures> byFirm = new HashMap<>();
    for (String firm : firms.ids()) {
      Object[] row = entities.createQuery(COMPLAINTS, Object[].class)
          .setParameter("awaitingAnswer", ComplaintStatus.AWAITING_ANSWER)
          .setParameter("open", OPEN)
          .setParameter("today", firms.today(firm))
          .setParameter("firm", firm)
          .getSingleResult();
      long[] letterCounts = letters.getOrDefault(firm, new long[2]);
      byFirm.put(firm, new FirmFigures(count(row[0]), count(row[1]), count(row[2]), letterCounts[0], letterCounts[1]));
    }
    return new Snapshot(
        Map.copyOf(byFirm),
        runtime.createIncidentQuery().count(),
        management.createJobQuery().noRetriesLeft().count());
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
