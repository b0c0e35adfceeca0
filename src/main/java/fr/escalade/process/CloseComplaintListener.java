package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.HANDLING_OUTCOME;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.HandlingOutcome;
import fr.escalade.retention.HistoryRetention;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Closes the complaint in the register when its process ends, whichever end event it reached: it
 * listens on the process itself, so an end event drawn later cannot leave a complaint open. The
 * outcome follows from how the handling ended. A process instance an administrator deletes is not
 * an ending of the complaint and leaves the register as it was.
 */
@Component("closeComplaint")
public class CloseComplaintListener implements ExecutionListener {

  private final ComplaintRegister register;
  private final HistoryRetention historyRetention;

  CloseComplaintListener(ComplaintRegister register, HistoryRetention historyRetention) {
    this.register = register;
    this.historyRetention = historyRetention;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String handled = (String) execution.getVariable(HANDLING_OUTCOME);
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    register.close(complaint, handled == null ? null : HandlingOutcome.valueOf(handled));
    historyRetention.keepHistoryForRetentionPeriod(complaint);
  }
}
