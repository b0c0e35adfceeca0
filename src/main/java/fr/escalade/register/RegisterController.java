package fr.escalade.register;

import static fr.escalade.complaint.RegisterFields.*;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.complaint.RegisterField;
import fr.escalade.firm.Firms;
import fr.escalade.firm.Insurers;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.InvalidRequestException;
import fr.escalade.system.QueryLimits;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  /** The fields a list may be sorted by, by the name the API gives them: each has an index to sort on. */
  static final Map<String, RegisterField> SORTABLE =
      Stream.of(REFERENCE, FIRM, START_DATE, REGISTERED_AT, ACKNOWLEDGEMENT_DUE_ON, ANSWER_DUE_ON, STATUS, LEVEL_REACHED, CLOSED_ON)
          .collect(Collectors.toMap(RegisterField::name, field -> field));

  /** What a list shows of each complaint. */
  static final List<RegisterField> LISTED =
      List.of(REFERENCE, FIRM, CHANNEL, COMPLAINANT_NAME, SUBJECT, CATEGORY, START_DATE, LEVEL_REACHED, STATUS,
          ACKNOWLEDGEMENT_DUE_ON, ACKNOWLEDGEMENT_SENT_ON, ANSWER_DUE_ON, ANSWER_SENT_ON, OUTCOME, CLOSED_ON,
          // supervisors reviewing the requests see who qualified each and why
          QUALIFIED_AS, QUALIFIED_BY, QUALIFIED_ON, QUALIFICATION_NOTE);

  private final ComplaintRepository complaints;
  private final RegisterCsv csv;
  private final Firms firms;
  private final Insurers insurers;

  RegisterController(ComplaintRepository complaints, RegisterCsv csv, Firms firms, Insurers insurers) {
    this.complaints = complaints;
    this.csv = csv;
    this.firms = firms;
    this.insurers = insurers;
  }

  /** One complaint in a list of the register: its {@link #LISTED} fields by name. */
  static Map<String, Object> row(Complaint complaint) {
    Map<String, Object> row = new LinkedHashMap<>();
    LISTED.forEach(field -> row.put(field.name(), field.valueOf(complaint)));
    return row;
  }

  record RowPage(List<Map<String, Object>> items, int page, int size, long totalElements, int totalPages) {}

  @GetMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  RowPage list(
      RegisterSelection selection,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(defaultValue = "startDate,desc") String sort,
      AccessibleFirms access) {
    access.require("firm", selection.firm());
    QueryLimits.checkPage("page", page);
    checkDates(selection);
    checkInsurer(selection, access);
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    Page<Complaint> found =
        complaints.findAll(
            selection.toSpecification(firms.todayByFirm()).and(access.scope()), PageRequest.of(page, size, sort(sort)));
    return new RowPage(found.map(RegisterController::row).getContent(), page, size, found.getTotalElements(), found.getTotalPages());
  }

  @GetMapping(path = "/api/register.csv", produces = "text/csv")
  ResponseEntity<StreamingResponseBody> csv(
      RegisterSelection selection, @RequestParam(required = false) String format, AccessibleFirms access) {
    CsvFormat chosen = CsvFormat.of(format);
    access.require("firm", selection.firm());
    checkDates(selection);
    checkInsurer(selection, access);
    Map<String, LocalDate> today = firms.todayByFirm();
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + RegisterCsv.FILE_NAME + "\"")
        .body(out -> csv.write(selection, access, today, chosen, out));
  }

  private void checkDates(RegisterSelection selection) {
    LocalDate latestOfTodays = firms.todayByFirm().values().stream().max(LocalDate::compareTo).orElseThrow();
    QueryLimits.throwIfAny(
        // the whole register, however long, is a legitimate export: its dates are checked, not its span
        QueryLimits.datesProblems("sentFrom", selection.sentFrom(), "sentTo", selection.sentTo(), latestOfTodays));
    if (selection.year() != null
        && (selection.year() < QueryLimits.EARLIEST_DATE.getYear() || selection.year() > latestOfTodays.getYear())) {
      throw InvalidRequestException.of(
          "year", "must be between " + QueryLimits.EARLIEST_DATE.getYear() + " and " + latestOfTodays.getYear());
    }
    if (selection.q() != null && selection.q().length() > RegisterSelection.MAX_SEARCH_LENGTH) {
      throw InvalidRequestException.of("q", "must be at most " + RegisterSelection.MAX_SEARCH_LENGTH + " characters");
    }
  }

  /**
   * An insurer the selection names must be one of the firm's, or of one of the reader's firms when it
   * names none: a misspelt identifier would otherwise export an empty annual file without a word.
   */
  private void checkInsurer(RegisterSelection selection, AccessibleFirms access) {
    String insurer = selection.insurer();
    if (insurer == null || insurer.isBlank()) {
      return;
    }
    String id = insurer.strip();
    boolean firmGiven = selection.firm() != null && !selection.firm().isBlank();
    java.util.Set<String> among = firmGiven ? java.util.Set.of(selection.firm()) : access.among(firms.names()).keySet();
    if (among.stream().noneMatch(firm -> insurers.isKnown(firm, id))) {
      java.util.Set<String> known = new java.util.TreeSet<>();
      among.forEach(firm -> known.addAll(insurers.of(firm).keySet()));
      throw InvalidRequestException.of(
          "insurer", "'" + id + "' is not an insurer of " + (firmGiven ? "firm " + selection.firm() : "your firms") + "; insurers: " + known);
    }
  }

  private static Sort sort(String sort) {
    String[] parts = sort.split(",");
    String property = parts[0].strip();
    if (!SORTABLE.containsKey(property)) {
      throw InvalidRequestException.of(
          "sort", "'" + property + "' is not sortable; use one of " + new java.util.TreeSet<>(SORTABLE.keySet()));
    }
    boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
    return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, SORTABLE.get(property).attribute())
        .and(Sort.by(REFERENCE.attribute()));
  }
}
