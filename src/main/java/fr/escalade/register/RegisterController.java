package fr.escalade.register;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.system.InvalidRequestException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The register of complaints, listed and filtered for staff, and exported as CSV for auditors. */
@RestController
class RegisterController {

  static final int MAX_PAGE_SIZE = 200;
  static final Set<String> SORTABLE =
      Set.of("reference", "firm", "startDate", "registeredAt", "acknowledgementDueOn", "answerDueOn", "status", "levelReached", "closedOn");

  private final ComplaintRepository complaints;
  private final Clock clock;

  RegisterController(ComplaintRepository complaints, Clock clock) {
    this.complaints = complaints;
    this.clock = clock;
  }

  /** One complaint in a list of the register. */
  record Row(
      String reference, String firm, String channel, String complainantName, String subject, String category,
      LocalDate startDate, int levelReached, String status, LocalDate acknowledgementDueOn, LocalDate acknowledgementSentOn,
      LocalDate answerDueOn, LocalDate answerSentOn, String outcome, LocalDate closedOn) {

    static Row of(Complaint c) {
      return new Row(c.getReference(), c.getFirm(), c.getChannel().name(), c.getComplainant().getName(), c.getSubject(),
          c.getCategory(), c.getStartDate(), c.getLevelReached(), c.getStatus().name(), c.getAcknowledgementDueOn(),
          c.getAcknowledgementSentOn(), c.getAnswerDueOn(), c.getAnswerSentOn(),
          c.getOutcome() == null ? null : c.getOutcome().name(), c.getClosedOn());
    }
  }

  record RowPage(List<Row> items, int page, int size, long totalElements, int totalPages) {}

  @GetMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  RowPage list(
      RegisterSelection selection,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(defaultValue = "startDate,desc") String sort) {
    if (page < 0) {
      throw InvalidRequestException.of("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    Page<Complaint> found =
        complaints.findAll(selection.toSpecification(LocalDate.now(clock)), PageRequest.of(page, size, sort(sort)));
    return new RowPage(found.map(Row::of).getContent(), page, size, found.getTotalElements(), found.getTotalPages());
  }

  @GetMapping(path = "/api/register.csv", produces = "text/csv")
  @Transactional(readOnly = true)
  ResponseEntity<StreamingResponseBody> csv(RegisterSelection selection) {
    List<Complaint> rows =
        complaints.findAll(selection.toSpecification(LocalDate.now(clock)), Sort.by("startDate", "reference"));
    StreamingResponseBody body = out -> {
      Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      write(writer, COLUMNS.keySet().stream().toList());
      for (Complaint complaint : rows) {
        write(writer, COLUMNS.values().stream().map(column -> {
          Object value = column.apply(complaint);
          return value == null ? "" : value.toString();
        }).toList());
      }
      writer.flush();
    };
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registre-reclamations.csv\"")
        .body(body);
  }

  /** The register's columns, in order: every field the register records per complaint. */
  static final Map<String, Function<Complaint, Object>> COLUMNS = columns();

  private static Map<String, Function<Complaint, Object>> columns() {
    Map<String, Function<Complaint, Object>> columns = new java.util.LinkedHashMap<>();
    columns.put("reference", Complaint::getReference);
    columns.put("firm", Complaint::getFirm);
    columns.put("channel", Complaint::getChannel);
    columns.put("complainant_name", c -> c.getComplainant().getName());
    columns.put("complainant_email", c -> c.getComplainant().getEmail());
    columns.put("complainant_postal_address", c -> c.getComplainant().getPostalAddress());
    columns.put("complainant_phone", c -> c.getComplainant().getPhone());
    columns.put("complainant_is_client", c -> c.getComplainant().isClient());
    columns.put("contract_reference", Complaint::getContractReference);
    columns.put("subject", Complaint::getSubject);
    columns.put("category", Complaint::getCategory);
    columns.put("amount_at_stake", Complaint::getAmountAtStake);
    columns.put("sent_on", Complaint::getSentOn);
    columns.put("received_on", Complaint::getReceivedOn);
    columns.put("start_date", Complaint::getStartDate);
    columns.put("entry_level", Complaint::getEntryLevel);
    columns.put("level_reached", Complaint::getLevelReached);
    columns.put("status", Complaint::getStatus);
    columns.put("acknowledgement_due_on", Complaint::getAcknowledgementDueOn);
    columns.put("acknowledgement_sent_on", Complaint::getAcknowledgementSentOn);
    columns.put("answer_due_on", Complaint::getAnswerDueOn);
    columns.put("answer_sent_on", Complaint::getAnswerSentOn);
    columns.put("delay_notices_sent", Complaint::getDelayNoticesSent);
    columns.put("delay_reason", Complaint::getDelayReason);
    columns.put("expected_answer_on", Complaint::getExpectedAnswerOn);
    columns.put("outcome", Complaint::getOutcome);
    columns.put("mediation_opens_on", Complaint::getMediationOpensOn);
    columns.put("mediator_referred_on", Complaint::getMediatorReferredOn);
    columns.put("mediator_referral_admissible", Complaint::getMediatorReferralAdmissible);
    columns.put("mediator_proposal_on", Complaint::getMediatorProposalOn);
    columns.put("mediator_proposal", Complaint::getMediatorProposal);
    columns.put("closed_on", Complaint::getClosedOn);
    return java.util.Collections.unmodifiableMap(columns);
  }

  private static void write(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(csvCell(cells.get(i)));
    }
    writer.write("\r\n");
  }

  /** RFC 4180 quoting, and a leading quote on cells a spreadsheet would run as a formula. */
  static String csvCell(String value) {
    String cell = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  private static Sort sort(String sort) {
    String[] parts = sort.split(",");
    String property = parts[0].strip();
    if (!SORTABLE.contains(property)) {
      throw InvalidRequestException.of("sort", "'" + property + "' is not sortable; use one of " + new java.util.TreeSet<>(SORTABLE));
    }
    boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
    return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(Sort.by("reference"));
  }
}
