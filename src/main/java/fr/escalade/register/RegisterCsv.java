package fr.escalade.register;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.RegisterFields;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.correspondence.LetterType;
import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.improvement.CorrectiveAction;
import fr.escalade.improvement.Dysfunction;
import fr.escalade.improvement.DysfunctionRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a selection of the register as CSV (UTF-8, ISO dates; RFC 4180 quoting, with the separator and
 * headers of a {@link CsvFormat}: French spreadsheets' by default), one row per complaint with
 * every field the register records, its dysfunctions and their corrective actions, and its
 * correspondence. Rows are read a batch at a time, so an export of the whole register does not have
 * to fit in memory.
 */
@Component
public class RegisterCsv {

  private static final int BATCH = 500;

  private final EntityManager entities;
  private final DysfunctionRepository dysfunctions;
  private final Firms firms;
  private final TransactionTemplate readOnly;

  RegisterCsv(EntityManager entities, DysfunctionRepository dysfunctions, Firms firms, TransactionTemplate transactions) {
    this.entities = entities;
    this.dysfunctions = dysfunctions;
    this.firms = firms;
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly.setReadOnly(true);
  }

  /** The file name an export is offered under. */
  public static final String FILE_NAME = "registre-reclamations.csv";

  /** {@code access}: the rows are those of the firms the reader works for. */
  public void write(
      RegisterSelection selection, AccessibleFirms access, Map<String, LocalDate> todayByFirm, CsvFormat format, OutputStream out) {
    readOnly.executeWithoutResult(status -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (Stream<Complaint> rows = select(selection, access, todayByFirm)) {
        writer.write(format.start());
        writeRow(writer, format, COLUMNS.keySet().stream().map(format::header).toList());
        Iterator<Complaint> iterator = rows.iterator();
        List<Complaint> batch = new ArrayList<>(BATCH);
        while (iterator.hasNext()) {
          batch.add(iterator.next());
          if (batch.size() == BATCH || !iterator.hasNext()) {
            writeBatch(writer, format, batch);
            batch.clear();
            entities.clear();
          }
        }
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Stream<Complaint> select(RegisterSelection selection, AccessibleFirms access, Map<String, LocalDate> todayByFirm) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Complaint> query = cb.createQuery(Complaint.class);
    Root<Complaint> root = query.from(Complaint.class);
    query.where(selection.toSpecification(todayByFirm).and(access.<Complaint>scope()).toPredicate(root, query, cb));
    query.orderBy(cb.asc(root.get("startDate")), cb.asc(root.get("reference")));
    return entities.createQuery(query).setHint(HibernateHints.HINT_FETCH_SIZE, BATCH).getResultStream();
  }

  private void writeBatch(Writer writer, CsvFormat format, List<Complaint> batch) throws IOException {
    Map<Long, List<Dysfunction>> found =
        dysfunctions.findWithActionsByComplaintIdIn(batch.stream().map(Complaint::getId).toList()).stream()
            .collect(Collectors.groupingBy(d -> d.getComplaint().getId()));
    Map<String, List<String>> letters = correspondenceOf(batch, format == CsvFormat.FRENCH);
    for (Complaint complaint : batch) {
      Row row = new Row(complaint, found.getOrDefault(complaint.getId(), List.of()),
          letters.getOrDefault(complaint.getReference(), List.of()), format == CsvFormat.FRENCH);
      writeRow(writer, format,
          COLUMNS.entrySet().stream().map(column -> format.cell(column.getKey(), column.getValue().apply(row))).toList());
    }
  }

  /**
   * Every letter sent or received for the batch's complaints, one line each ("2026-03-02
   * ACKNOWLEDGEMENT EMAIL SENT"; in French, "2026-03-02 Accusé de réception, E-mail, Envoyé"),
   * oldest first; read without the letters' bodies.
   */
  private Map<String, List<String>> correspondenceOf(List<Complaint> batch, boolean french) {
    Map<String, java.time.ZoneId> zones = new java.util.HashMap<>();
    batch.forEach(complaint -> zones.put(complaint.getReference(), firms.get(complaint.getFirm()).calendar().timeZone()));
    Map<String, List<String>> letters = new java.util.HashMap<>();
    entities.createQuery("""
            select l.complaintReference, l.createdAt, l.sentAt, l.type, l.channel, l.status from Letter l
            where l.complaintReference in :references order by l.createdAt, l.id
            """, Object[].class)
        .setParameter("references", batch.stream().map(Complaint::getReference).toList())
        .getResultList()
        .forEach(row -> {
          Instant at = (Instant) (row[2] != null ? row[2] : row[1]);
          letters.computeIfAbsent((String) row[0], reference -> new ArrayList<>())
              .add(at.atZone(zones.get((String) row[0])).toLocalDate() + " " + (french
                  ? ((LetterType) row[3]).label() + ", " + ((DeliveryChannel) row[4]).label() + ", " + ((LetterStatus) row[5]).label()
                  : row[3] + " " + row[4] + " " + row[5]));
        });
    return letters;
  }

  /**
   * A complaint with what its handling revealed and its correspondence; {@code french}: its codes
   * as French labels, in French words (« Prévue, échéance 2026-06-30 »), for the French file.
   */
  private record Row(Complaint complaint, List<Dysfunction> dysfunctions, List<String> letters, boolean french) {

    /** Every delay notice, not only the last: "2026-03-01: reason (expected 2026-04-15, late)". */
    String delayNoticesText() {
      return complaint.getDelayNotices().stream()
          .map(n -> n.getSentOn() + (french ? " : " : ": ") + n.getReason() + " ("
              + (french ? "réponse annoncée pour le " : "expected ") + n.getExpectedOn()
              + (n.isLate() ? (french ? ", en retard" : ", late") : "") + ")")
          .collect(Collectors.joining(" | "));
    }

    /** Every referral to the mediator the firm learned of, with what it looked like to the firm. */
    String referralsText() {
      return complaint.getMediatorReferrals().stream()
          .map(r -> (r.getFiledOn() != null ? r.getFiledOn() : r.getReceivedOn())
              + (french ? " (reçue le " : " (received ") + r.getReceivedOn() + ")"
              + (r.getWarning() == null ? "" : (french ? " : " + r.getWarning().text() : ": " + r.getWarning())))
          .collect(Collectors.joining(" | "));
    }

    String dysfunctionsText() {
      return dysfunctions.stream()
          .map(d -> (french ? d.getCategory().label() : d.getCategory()) + " (" + d.getFoundOn() + ")"
              + (french ? " : " : ": ") + d.getDescription())
          .collect(Collectors.joining(" | "));
    }

    String correctiveActionsText() {
      return dysfunctions.stream()
          .flatMap(d -> d.getCorrectiveActions().stream())
          .distinct()
          .sorted(Comparator.comparing(CorrectiveAction::getId))
          .map(a -> "#" + a.getId() + " " + a.getTitle() + " [" + (french ? a.getStatus().label() : a.getStatus()) + ", "
              + a.getOwner() + (french ? ", échéance " : ", due ") + a.getDueOn()
              + (a.getCompletedOn() == null ? "" : (french ? ", terminée le " : ", ended ") + a.getCompletedOn()) + "]")
          .collect(Collectors.joining(" | "));
    }
  }

  /**
   * The register's columns, in order: every field of {@link RegisterFields} the export keeps, then
   * what the handling revealed and the correspondence.
   */
  static final Map<String, Function<Row, Object>> COLUMNS = columns();

  private static Map<String, Function<Row, Object>> columns() {
    Map<String, Function<Row, Object>> columns = new LinkedHashMap<>();
    RegisterFields.ALL.stream()
        .filter(field -> field.csvHeader() != null)
        .forEach(field -> columns.put(field.csvHeader(), row -> field.valueOf(row.complaint())));
    columns.put("delay_notices", Row::delayNoticesText);
    columns.put("mediator_referrals", Row::referralsText);
    columns.put("dysfunctions", Row::dysfunctionsText);
    columns.put("corrective_actions", Row::correctiveActionsText);
    columns.put("correspondence", row -> String.join(" | ", row.letters()));
    return Collections.unmodifiableMap(columns);
  }

  private static void writeRow(Writer writer, CsvFormat format, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(format.separator());
      }
      writer.write(csvCell(cells.get(i), format.separator()));
    }
    writer.write("\r\n");
  }

  /**
   * RFC 4180 quoting (on the format's separator: « 1234,50 » stays a number for a French spreadsheet),
   * and a leading quote on cells a spreadsheet would run as a formula.
   */
  static String csvCell(String value, char separator) {
    String cell = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
