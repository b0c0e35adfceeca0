package fr.escalade.process;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Outcome;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Closes the complaint in the register when its process ends, with the outcome the end event
 * stands for ({@code outcome} field, an {@link Outcome}), or the one the answer recorded.
 */
@Component("closeComplaint")
@Scope("prototype")
public class CloseComplaintListener implements ExecutionListener {

  private final ComplaintRegister register;
  private Expression outcome;

  CloseComplaintListener(ComplaintRegister register) {
    this.register = register;
  }

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Outcome value = outcome == null ? null : Outcome.valueOf(outcome.getValue(execution).toString());
    register.close(register.get(execution.getProcessBusinessKey()), value);
  }
}
