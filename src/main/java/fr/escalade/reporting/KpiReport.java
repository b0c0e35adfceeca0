package fr.escalade.reporting;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Outcome;
import fr.escalade.firm.Firms;
import fr.escalade.improvement.CorrectiveActionStatus;
import fr.escalade.improvement.DysfunctionCategory;
import fr.escalade.system.InvalidRequestException;
import fr.escalade.system.QueryLimits;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the {@link Kpis} in a handful of grouped queries, so that they stay fast on a register of
 * a million complaints: the database groups, Java adds up. "Today" is each firm's own date.
 */
@Service
@Transactional(readOnly = true)
public class KpiReport {

  static final int TOP_DYSFUNCTIONS = 5;

  /**
   * Complaints counted by month, channel, level, outcome, status, whether the acknowledgement and
   * the answer came in time, and what came of a referral to the mediator. It only counts: every
   * column it reads is in the index {@code ix_complaint_reporting}, and the in-time flags are kept
   * by the register when letters go out.
   */
  private static final String GROUPS = """
      select extract(year from c.startDate), extract(month from c.startDate), c.channel, c.levelReached, c.outcome, c.status,
        c.deadlines.acknowledgedInTime, c.deadlines.answeredInTime, c.mediation.referralAdmissible, c.mediation.proposalAccepted,
        case when c.mediation.proposalOn is null then 0 else 1 end, count(c)
      from Complaint c
      where c.firm = :firm and c.startDate between :from and :to
      group by extract(year from c.startDate), extract(month from c.startDate), c.channel, c.levelReached, c.outcome, c.status,
        c.deadlines.acknowledgedInTime, c.deadlines.answeredInTime, c.mediation.referralAdmissible, c.mediation.proposalAccepted,
        case when c.mediation.proposalOn is null then 0 else 1 end
      """;

  /**
   * The complaints still to be answered whose deadlines have passed: they count as due, and late,
   * though nothing was sent. So do those whose answer is written but has not left (waiting to be
   * printed, or undeliverable): the register dates an answer when it leaves, and the client has
   * nothing yet. Few; the second kind is found by columns of {@code ix_complaint_reporting}.
   */
  private static final String LATE = """
      select extract(year from c.startDate), extract(month from c.startDate),
        sum(case when c.deadlines.acknowledgementSentOn is null and c.deadlines.acknowledgementDueOn < :today then 1 else 0 end),
        sum(case when c.deadlines.answerDueOn < :today then 1 else 0 end),
        sum(case when c.deadlines.answerDueOn < :today or (c.deadlines.acknowledgementSentOn is null and c.deadlines.acknowledgementDueOn < :today) then 1 else 0 end)
      from Complaint c
      where (%s or (c.deadlines.answeredInTime is null and c.outcome in :answered))
        and c.firm = :firm and c.startDate between :from and :to
        and (c.outcome is null or c.outcome <> :notComplaint)
      group by extract(year from c.startDate), extract(month from c.startDate)
      """.formatted(ComplaintStatus.AWAITING_ANSWER_JPQL);

  private static final String ANSWER_DAYS = """
      select c.deadlines.answerDays, count(c) from Complaint c
      where c.firm = :firm and c.startDate between :from and :to and c.deadlines.answerDays is not null
        and (c.outcome is null or c.outcome <> :notComplaint)
      group by c.deadlines.answerDays
      """;

  private static final String DYSFUNCTIONS = """
      select d.category, count(d) from Dysfunction d
      where d.firm = :firm and d.foundOn between :from and :to
      group by d.category
      """;

  private static final String ACTIONS = """
      select a.status, sum(case when a.dueOn < :today then 1 else 0 end), count(a) from CorrectiveAction a
      where a.firm = :firm group by a.status
      """;

  private final EntityManager entities;
  private final Firms firms;

  KpiReport(EntityManager entities, Firms firms) {
    this.entities = entities;
    this.firms = firms;
  }

  /**
   * The period a report covers when none is given: the last twelve months, this one included, up to
   * today where the firm works (for every firm: the latest of their todays).
   */
  public Period defaultPeriod(String firm) {
    // an unknown firm is refused by compute(); its period is only a default
    LocalDate today =
        firms.find(firm).isPresent()
            ? firms.today(firm)
            : firms.ids().stream().map(firms::today).max(Comparator.naturalOrder()).orElseThrow();
    return new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
  }

  public record Period(LocalDate from, LocalDate to) {}

  /** The figures of one firm, or of every firm when {@code firm} is null or blank. */
  public Kpis compute(String firm, LocalDate from, LocalDate to) {
    return compute(firm, firms.ids(), from, to);
  }

  /** As {@link #compute(String, LocalDate, LocalDate)}, "every firm" being those of {@code among}: a reader's own. */
  public Kpis compute(String firm, java.util.Collection<String> among, LocalDate from, LocalDate to) {
    boolean allFirms = firm == null || firm.isBlank();
    if (!allFirms && firms.find(firm).isEmpty()) {
      throw InvalidRequestException.of("firm", "unknown firm '" + firm + "'; known firms: " + firms.ids());
    }
    LocalDate latestOfTodays = firms.ids().stream().map(firms::today).max(Comparator.naturalOrder()).orElseThrow();
    QueryLimits.checkPeriod("from", from, "to", to, latestOfTodays);
    Tally tally = new Tally(from, to);
    LocalDate latestToday = null;
    for (String id : allFirms ? among.stream().filter(id -> firms.find(id).isPresent()).sorted().toList() : List.of(firm)) {
      LocalDate today = firms.today(id);
      latestToday = latestToday == null || today.isAfter(latestToday) ? today : latestToday;
      addFirm(tally, id, from, to, today);
    }
    return tally.kpis(allFirms ? null : firm, latestToday);
  }

  private void addFirm(Tally tally, String firm, LocalDate from, LocalDate to, LocalDate today) {
    entities.createQuery(GROUPS, Object[].class)
        .setParameter("firm", firm).setParameter("from", from).setParameter("to", to)
        .getResultList()
        .forEach(tally::addGroup);
    entities.createQuery(LATE, Object[].class)
        .setParameter("firm", firm).setParameter("from", from).setParameter("to", to)
        .setParameter("today", today).setParameter("awaitingAnswer", ComplaintStatus.AWAITING_ANSWER)
        .setParameter("answered", Outcome.ANSWERED)
        .setParameter("notComplaint", Outcome.NOT_A_COMPLAINT)
        .getResultList()
        .forEach(tally::addLate);
    entities.createQuery(ANSWER_DAYS, Object[].class)
        .setParameter("firm", firm).setParameter("from", from).setParameter("to", to)
        .setParameter("notComplaint", Outcome.NOT_A_COMPLAINT)
        .getResultList()
        .forEach(row -> tally.answerDays.merge(((Number) row[0]).intValue(), ((Number) row[1]).longValue(), Long::sum));
    entities.createQuery(DYSFUNCTIONS, Object[].class)
        .setParameter("firm", firm).setParameter("from", from).setParameter("to", to)
        .getResultList()
        .forEach(row -> tally.dysfunctions.merge((DysfunctionCategory) row[0], ((Number) row[1]).longValue(), Long::sum));
    entities.createQuery(ACTIONS, Object[].class)
        .setParameter("firm", firm).setParameter("today", today)
        .getResultList()
        .forEach(tally::addActions);
  }


  /** Adds up the grouped rows of one or more firms. */
  private static final class Tally {

    final LocalDate from;
    final LocalDate to;
    long received;
    long notComplaints;
    long open;
    long answersNotSent;
    long overdue;
    final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    final Map<Integer, Long> byLevel = new TreeMap<>();
    final Map<String, Long> byOutcome = new LinkedHashMap<>();
    final long[] mediation = new long[5];
    final Map<YearMonth, long[]> months = new TreeMap<>();
    final Map<Integer, Long> answerDays = new TreeMap<>();
    final Map<DysfunctionCategory, Long> dysfunctions = new EnumMap<>(DysfunctionCategory.class);
    long actionsOpen;
    long actionsOverdue;
    long actionsDone;

    Tally(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to;
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(outcome.name(), 0L);
      }
      byOutcome.put("PENDING", 0L);
      for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
        months.put(month, new long[5]);
      }
    }

    void addGroup(Object[] row) {
      YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
      Channel channel = (Channel) row[2];
      int level = ((Number) row[3]).intValue();
      Outcome outcome = (Outcome) row[4];
      ComplaintStatus status = (ComplaintStatus) row[5];
      Boolean acknowledgedInTime = (Boolean) row[6];
      Boolean answeredInTime = (Boolean) row[7];
      Boolean referralAdmissible = (Boolean) row[8];
      Boolean proposalAccepted = (Boolean) row[9];
      boolean proposal = ((Number) row[10]).intValue() == 1;
      long count = count(row[11]);
      received += count;
      byChannel.merge(channel, count, Long::sum);
      byLevel.merge(level, count, Long::sum);
      byOutcome.merge(outcome == null ? "PENDING" : outcome.name(), count, Long::sum);
      long[] perMonth = month(month);
      perMonth[0] += count;
      if (outcome == Outcome.NOT_A_COMPLAINT) {
        notComplaints += count;
        return;
      }
      if (acknowledgedInTime != null) {
        perMonth[1] += count;
        perMonth[2] += acknowledgedInTime ? count : 0;
      }
      if (answeredInTime != null) {
        perMonth[3] += count;
        perMonth[4] += answeredInTime ? count : 0;
      }
      // written, but not left: the client still waits for it, and it is not answered in time (yet)
      boolean awaiting = ComplaintStatus.awaitsAnswer(status, outcome);
      boolean answerNotSent = !awaiting && answeredInTime == null && Outcome.ANSWERED.contains(outcome);
      if (awaiting || answerNotSent) {
        open += count;
      }
      if (answerNotSent) {
        answersNotSent += count;
      }
      if (referralAdmissible != null) {
        mediation[referralAdmissible ? 0 : 1] += count;
      }
      if (proposal) {
        mediation[2] += count;
      }
      if (proposalAccepted != null) {
        mediation[proposalAccepted ? 3 : 4] += count;
      }
    }

    /** Complaints not yet acknowledged or answered past their deadline: due, and not in time. */
    void addLate(Object[] row) {
      long[] perMonth = month(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
      perMonth[1] += count(row[2]);
      perMonth[3] += count(row[3]);
      overdue += count(row[4]);
    }

    private long[] month(YearMonth month) {
      return months.computeIfAbsent(month, m -> new long[5]);
    }

    void addActions(Object[] row) {
      CorrectiveActionStatus status = (CorrectiveActionStatus) row[0];
      if (status.isOpen()) {
        actionsOpen += count(row[2]);
        actionsOverdue += count(row[1]);
      } else if (status == CorrectiveActionStatus.DONE) {
        actionsDone += count(row[2]);
      }
    }

    Kpis kpis(String firm, LocalDate today) {
      Map<String, Long> channels = new LinkedHashMap<>();
      for (Channel channel : Channel.values()) {
        channels.put(channel.name(), byChannel.getOrDefault(channel, 0L));
      }
      List<Kpis.DysfunctionCount> top =
          dysfunctions.entrySet().stream()
              .sorted(Map.Entry.<DysfunctionCategory, Long>comparingByValue(Comparator.reverseOrder())
                  .thenComparing(Map.Entry.comparingByKey()))
              .limit(TOP_DYSFUNCTIONS)
              .map(e -> new Kpis.DysfunctionCount(e.getKey().name(), e.getKey().label(), e.getValue()))
              .toList();
      List<Kpis.Month> perMonth = new ArrayList<>();
      long[] total = new long[5];
      months.forEach((month, m) -> {
        perMonth.add(new Kpis.Month(month, m[0], Kpis.OnTime.of(m[1], m[2]), Kpis.OnTime.of(m[3], m[4])));
        for (int i = 1; i < 5; i++) {
          total[i] += m[i];
        }
      });
      return new Kpis(
          firm, from, to, today, received, notComplaints, channels, byLevel, byOutcome,
          Kpis.OnTime.of(total[1], total[2]), Kpis.OnTime.of(total[3], total[4]), daysToAnswer(),
          open, overdue,
          new Kpis.Mediation(mediation[0], mediation[1], mediation[2], mediation[3], mediation[4]),
          top, new Kpis.CorrectiveActionCounts(actionsOpen, actionsOverdue, actionsDone), perMonth, answersNotSent);
    }

    /** Nearest-rank percentiles over the histogram of days to answer. */
    private Kpis.DaysToAnswer daysToAnswer() {
      long answered = answerDays.values().stream().mapToLong(Long::longValue).sum();
      return new Kpis.DaysToAnswer(answered, percentile(answered, 0.5), percentile(answered, 0.9));
    }

    private Integer percentile(long total, double p) {
      if (total == 0) {
        return null;
      }
      long rank = (long) Math.ceil(p * total);
      long seen = 0;
      for (Map.Entry<Integer, Long> entry : answerDays.entrySet()) {
        seen += entry.getValue();
        if (seen >= rank) {
          return entry.getKey();
        }
      }
      throw new IllegalStateException("rank " + rank + " beyond " + total);
    }

    private static long count(Object value) {
      return value == null ? 0 : ((Number) value).longValue();
    }
  }
}
