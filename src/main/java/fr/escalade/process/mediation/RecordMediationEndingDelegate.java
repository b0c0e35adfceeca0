package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATION_ENDING;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.MediationEnding;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Records how the mediation stage ended ({@code ending} field: a {@link MediationEnding}, or an
 * expression giving one) and on which day ({@code endedOn} field, ISO; today when the diagram gives
 * none), in the register and in {@code mediationEnding}, which the complaint's process reads back.
 * A step of its own where the ending is news (the mediator closed the case, the client withdrew),
 * a listener on the end event where the last step already says it (the proposal was answered).
 */
@Component("recordMediationEnding")
@Scope("prototype")
public class RecordMediationEndingDelegate implements JavaDelegate, ExecutionListener {

  private final ComplaintRegister register;
  private Expression ending;
  private Expression endedOn;

  RecordMediationEndingDelegate(ComplaintRegister register) {
    this.register = register;
  }

  public void setEnding(Expression ending) {
    this.ending = ending;
  }

  public void setEndedOn(Expression endedOn) {
    this.endedOn = endedOn;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    record(execution);
  }

  private void record(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    MediationEnding how = MediationEnding.valueOf(String.valueOf(ending.getValue(execution)));
    Object day = endedOn == null ? null : endedOn.getValue(execution);
    LocalDate when = day == null || day.toString().isBlank() ? register.today(complaint) : LocalDate.parse(day.toString());
    register.recordMediationEnding(complaint, how, when);
    execution.setVariable(MEDIATION_ENDING, how.name());
  }
}
