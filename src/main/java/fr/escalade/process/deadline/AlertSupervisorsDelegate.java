package fr.escalade.process.deadline;

import fr.escalade.complaint.Deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/** Alerts the supervisors that a deadline ({@code deadline} field) was reached unmet. */
@Component("alertSupervisors")
@Scope("prototype")
public class AlertSupervisorsDelegate implements JavaDelegate {

  private final StaffNotices notices;
  private Expression deadline;

  AlertSupervisorsDelegate(StaffNotices notices) {
    this.notices = notices;
  }

  public void setDeadline(Expression deadline) {
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.escalate(execution, Deadline.valueOf((String) deadline.getValue(execution)));
  }
}
