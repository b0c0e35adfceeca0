package fr.escalade.reporting;

import fr.escalade.identity.AccessibleFirms;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reporting figures as JSON, for the regulator's returns and for other tools. */
@RestController
class ReportController {

  private final KpiReport report;

  ReportController(KpiReport report) {
    this.report = report;
  }

  /** Without {@code from}/{@code to}: the last twelve months. Without {@code firm}: every firm. */
  @GetMapping(path = "/api/reports/kpis", produces = MediaType.APPLICATION_JSON_VALUE)
  Kpis kpis(
      @RequestParam(required = false) String firm,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      AccessibleFirms access) {
    access.require("firm", firm);
    KpiReport.Period period = report.defaultPeriod(firm);
    return report.compute(firm, access.ids(), from == null ? period.from() : from, to == null ? period.to() : to);
  }
}
