package fr.escalade.operations;

import fr.escalade.firm.Firms;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * Escalade's gauges on {@code /actuator/prometheus}, one series per firm (tag {@code firm}), read
 * from {@link RegisterFigures}: {@code escalade_complaints_open}, {@code
 * escalade_acknowledgements_overdue}, {@code escalade_answers_overdue}, {@code
 * escalade_letters{status="pending"|"failed"}}; and the engine's {@code escalade_engine_incidents_open}
 * and {@code escalade_engine_jobs_failed} (jobs out of retries, each an incident in Cockpit).
 */
@Component
class EscaladeMeters implements MeterBinder {

  private final RegisterFigures figures;
  private final Firms firms;

  EscaladeMeters(RegisterFigures figures, Firms firms) {
    this.figures = figures;
    this.firms = firms;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String firm : firms.ids()) {
      perFirm(registry, "escalade.complaints.open", "Complaints not closed", firm, RegisterFigures.FirmFigures::open);
      perFirm(registry, "escalade.acknowledgements.overdue", "Complaints past an unmet acknowledgement deadline", firm,
          RegisterFigures.FirmFigures::acknowledgementsOverdue);
      perFirm(registry, "escalade.answers.overdue", "Complaints past an unmet answer deadline", firm,
          RegisterFigures.FirmFigures::answersOverdue);
      Gauge.builder("escalade.letters", figures, f -> f.of(firm).lettersPending())
          .description("Letters by delivery status").tag("firm", firm).tag("status", "pending").register(registry);
      Gauge.builder("escalade.letters", figures, f -> f.of(firm).lettersFailed())
          .description("Letters by delivery status").tag("firm", firm).tag("status", "failed").register(registry);
    }
    Gauge.builder("escalade.engine.incidents.open", figures, f -> f.current().openIncidents())
        .description("Open incidents of the process engine").register(registry);
    Gauge.builder("escalade.engine.jobs.failed", figures, f -> f.current().failedJobs())
        .description("Engine jobs with no retries left").register(registry);
  }

  private void perFirm(
      MeterRegistry registry, String name, String description, String firm, ToLongFunction<RegisterFigures.FirmFigures> figure) {
    Gauge.builder(name, figures, f -> figure.applyAsLong(f.of(firm))).description(description).tag("firm", firm).register(registry);
  }
}
