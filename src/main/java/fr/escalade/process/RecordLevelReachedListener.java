package fr.escalade.process;

import fr.escalade.complaint.ComplaintRegister;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Records in the register that the complaint reached a level ({@code level} field: 1, 2 or 3). */
@Component("recordLevelReached")
@Scope("prototype")
public class RecordLevelReachedListener implements ExecutionListener {

  private final ComplaintRegister register;
  private Expression level;

  RecordLevelReachedListener(ComplaintRegister register) {
    this.register = register;
  }

  public void setLevel(Expression level) {
    this.level = level;
  }

  @Override
  public void notify(DelegateExecution execution) {
    register.enterLevel(
        register.get(execution.getProcessBusinessKey()), Integer.parseInt(level.getValue(execution).toString()));
  }
}
