package fr.escalade.process;

import fr.escalade.complaint.HandlingOutcome;

import static fr.escalade.process.ProcessVariables.HANDLING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Marks how the firm's handling ended ({@code outcome} field, a {@link HandlingOutcome}), for the
 * process to route on once the handling sub-process is over.
 */
@Component("recordHandlingOutcome")
@Scope("prototype")
public class RecordHandlingOutcomeListener implements ExecutionListener {

  private Expression outcome;

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }

  @Override
  public void notify(DelegateExecution execution) {
    HandlingOutcome value = HandlingOutcome.valueOf(outcome.getValue(execution).toString());
    execution.getProcessInstance().setVariable(HANDLING_OUTCOME, value.name());
  }
}
