package fr.escalade.register;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintNameWord;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Outcome;
import fr.escalade.complaint.Qualification;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.jpa.domain.Specification;

/**
 * A selection of the register, as {@code GET /api/complaints} and {@code /api/register.csv} take it
 * from their query parameters; every criterion is optional.
 *
 * @param overdue true: open complaints past an unmet acknowledgement or answer deadline
 * @param sentFrom first day of the start date (date sent, or received when unknown), included
 * @param sentTo last day of the start date, included
 * @param q the beginning of a reference, or the beginnings of words of the complainant's name
 * @param insurer the complaints forwarded to this insurer ({@code escalade.firms.<firm>.insurers.<id>})
 * @param year the complaints sent (start date) in this calendar year: with {@code insurer}, the annual
 *     file for the insurer
 * @param qualifiedAs how staff qualified the message: {@code REQUEST} lists the simple requests that
 *     supervisors review, with who qualified them
 */
public record RegisterSelection(
    String firm,
    ComplaintStatus status,
    Integer level,
    Channel channel,
    String category,
    Boolean overdue,
    LocalDate sentFrom,
    LocalDate sentTo,
    String q,
    String insurer,
    Integer year,
    Qualification qualifiedAs) {

  /** Each word typed is a subquery: a longer text is no name anyone types, and costs the database. */
  public static final int MAX_SEARCH_LENGTH = 100;

  private static final Pattern REFERENCE = Pattern.compile("(?i)rec-[0-9-]*");

  /** A search of the register by reference or complainant's name ({@code q}), and nothing else. */
  public static RegisterSelection search(String q) {
    return new RegisterSelection(null, null, null, null, null, null, null, null, q, null, null, null);
  }

  /** The selection as a query; {@code todayByFirm}: today where each firm works, for "overdue". */
  public Specification<Complaint> toSpecification(Map<String, LocalDate> todayByFirm) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (firm != null && !firm.isBlank()) {
        where.add(cb.equal(root.get("firm"), firm));
      }
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (level != null) {
        where.add(cb.equal(root.get("levelReached"), level));
      }
      if (channel != null) {
        where.add(cb.equal(root.get("channel"), channel));
      }
      if (category != null && !category.isBlank()) {
        where.add(cb.equal(root.get("answer").get("category"), category));
      }
      if (qualifiedAs != null) {
        where.add(cb.equal(root.get("qualifiedAs"), qualifiedAs));
      }
      if (sentFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("startDate"), sentFrom));
      }
      if (sentTo != null) {
        where.add(cb.lessThanOrEqualTo(root.get("startDate"), sentTo));
      }
      if (insurer != null && !insurer.isBlank()) {
        where.add(cb.equal(root.get("insurer"), insurer.strip()));
      }
      if (year != null) {
        where.add(cb.between(root.get("startDate"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
      if (q != null && !q.isBlank()) {
        where.add(textSearch(q.strip(), root, query, cb));
      }
      if (overdue != null) {
        // each firm's complaints are late by its own calendar day
        Predicate late =
            cb.or(todayByFirm.entrySet().stream()
                .filter(today -> firm == null || firm.isBlank() || today.getKey().equals(firm))
                .map(today -> cb.and(cb.equal(root.get("firm"), today.getKey()), late(root, cb, today.getValue())))
                .toArray(Predicate[]::new));
        where.add(overdue ? late : cb.not(late));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /**
   * Still to be answered, or answered in a letter that has not left (the register dates an answer
   * when it leaves), and past a deadline not met. Listing the statuses (rather than "not closed")
   * lets the database use its status index.
   */
  private static Predicate late(Root<Complaint> root, CriteriaBuilder cb, LocalDate today) {
    Path<Object> deadlines = root.get("deadlines");
    return cb.and(
        cb.or(
            root.get("status").in(ComplaintStatus.AWAITING_ANSWER),
            // with the mediator, not answered: ComplaintStatus.awaitsAnswer
            cb.and(cb.equal(root.get("status"), ComplaintStatus.WITH_MEDIATOR), cb.isNull(root.get("outcome"))),
            cb.and(cb.isNull(deadlines.get("answeredInTime")), root.get("outcome").in(Outcome.ANSWERED))),
        cb.or(
            cb.and(cb.isNull(deadlines.get("answerSentOn")), cb.lessThan(deadlines.get("answerDueOn"), today)),
            cb.and(
                cb.isNull(deadlines.get("acknowledgementSentOn")),
                cb.isNull(deadlines.get("answerSentOn")),
                cb.lessThan(deadlines.get("acknowledgementDueOn"), today))));
  }

  /**
   * A reference, or its beginning ("REC-2026-0001"), is looked up on the reference index; any other
   * text finds the complaints whose complainant has, for each word typed, a name word starting with
   * it, case and accents aside ("helene mar" finds "Hélène Martin").
   */
  private static Predicate textSearch(String text, Root<Complaint> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
    if (REFERENCE.matcher(text).matches()) {
      return cb.like(root.get("reference"), escape(text.toUpperCase(Locale.ROOT)) + "%", '\\');
    }
    List<Predicate> words = new ArrayList<>();
    // the longest word first: the database looks the first one up and filters by the others
    List<String> typed = new ArrayList<>(ComplaintNameWord.wordsOf(text));
    typed.sort(Comparator.comparingInt(String::length).reversed());
    for (String word : typed) {
      Subquery<Long> named = query.subquery(Long.class);
      Root<ComplaintNameWord> nameWord = named.from(ComplaintNameWord.class);
      named.select(nameWord.get("complaintId")).where(cb.like(nameWord.get("word"), escape(word) + "%", '\\'));
      words.add(root.get("id").in(named));
    }
    return words.isEmpty() ? cb.disjunction() : cb.and(words.toArray(Predicate[]::new));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
