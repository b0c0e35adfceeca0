package fr.escalade.process.deadline;

import fr.escalade.complaint.Deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Reminds the agents holding a complaint that a deadline ({@code deadline} field) is near. */
@Component("remindAgents")
@Scope("prototype")
public class RemindAgentsDelegate implements JavaDelegate {

  private final StaffNotices notices;
  private Expression deadline;

  RemindAgentsDelegate(StaffNotices notices) {
    this.notices = notices;
  }

  public void setDeadline(Expression deadline) {
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remind(execution, Deadline.valueOf((String) deadline.getValue(execution)));
  }
}
