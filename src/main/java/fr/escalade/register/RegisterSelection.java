package fr.escalade.register;

import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintStatus;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * A selection of the register, as {@code GET /api/complaints} and {@code /api/register.csv} take it
 * from their query parameters; every criterion is optional.
 *
 * @param overdue true: open complaints past an unmet acknowledgement or answer deadline
 * @param sentFrom first day of the start date (date sent, or received when unknown), included
 * @param sentTo last day of the start date, included
 * @param q text found in the reference or the complainant's name
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
    String q) {

  Specification<Complaint> toSpecification(LocalDate today) {
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
        where.add(cb.equal(root.get("category"), category));
      }
      if (sentFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("startDate"), sentFrom));
      }
      if (sentTo != null) {
        where.add(cb.lessThanOrEqualTo(root.get("startDate"), sentTo));
      }
      if (q != null && !q.isBlank()) {
        String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        where.add(cb.or(
            cb.like(cb.lower(root.get("reference")), like, '\\'),
            cb.like(cb.lower(root.get("complainant").get("name")), like, '\\')));
      }
      if (overdue != null) {
        Predicate late =
            cb.and(
                cb.notEqual(root.get("status"), ComplaintStatus.CLOSED),
                cb.or(
                    cb.and(cb.isNull(root.get("answerSentOn")), cb.lessThan(root.get("answerDueOn"), today)),
                    cb.and(
                        cb.isNull(root.get("acknowledgementSentOn")),
                        cb.isNull(root.get("answerSentOn")),
                        cb.lessThan(root.get("acknowledgementDueOn"), today))));
        where.add(overdue ? late : cb.not(late));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
