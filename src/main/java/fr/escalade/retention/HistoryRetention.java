package fr.escalade.retention;

import fr.escalade.complaint.Complaint;
import fr.escalade.firm.Firms;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's history of a complaint exactly as long as its firm keeps the file: when the
 * complaint closes, the removal time of its process history is set to the end of the firm's
 * retention period (midnight where the firm works), and the night's history cleanup (01:00–05:00,
 * {@code removalTimeBased}) removes it after that. The diagram's own time-to-live (ten years from
 * the end of the instance) is only the ceiling for an instance this never reached.
 */
@Component
public class HistoryRetention {

  private final HistoryService history;
  private final RetentionPeriods retention;
  private final Firms firms;

  HistoryRetention(HistoryService history, RetentionPeriods retention, Firms firms) {
    this.history = history;
    this.retention = retention;
    this.firms = firms;
  }

  /**
   * Called as the complaint's process ends, in its transaction: a batch, run by the job executor
   * after the commit, moves the removal time of everything the instance wrote to history.
   */
  public Batch keepHistoryForRetentionPeriod(Complaint complaint) {
    Date removal =
        Date.from(
            retention.endsOn(complaint.getFirm(), complaint.getClosedOn())
                .atStartOfDay(firms.get(complaint.getFirm()).calendar().timeZone())
                .toInstant());
    CommandContext command = Context.getCommandContext();
    boolean authorizationChecked = command != null && command.isAuthorizationCheckEnabled();
    boolean tenantChecked = command != null && command.isTenantCheckEnabled();
    // the agent whose task ended the process has no right to create batches, nor needs one
    if (command != null) {
      command.disableAuthorizationCheck();
      command.disableTenantCheck();
    }
    try {
      return history.setRemovalTimeToHistoricProcessInstances()
          .absoluteRemovalTime(removal)
          .byIds(complaint.getProcessInstanceId())
          .executeAsync();
    } finally {
      if (authorizationChecked) {
        command.enableAuthorizationCheck();
      }
      if (tenantChecked) {
        command.enableTenantCheck();
      }
    }
  }
}
