package fr.escalade.process.answer;

import fr.escalade.improvement.DysfunctionCategory;
import fr.escalade.improvement.Dysfunctions;

import static fr.escalade.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records in the register the dysfunction the answer step reported, once the answer has gone: an
 * answer sent back for revision may still drop or change it.
 */
@Component("recordDysfunction")
class RecordDysfunctionListener implements ExecutionListener {

  private final Dysfunctions dysfunctions;

  RecordDysfunctionListener(Dysfunctions dysfunctions) {
    this.dysfunctions = dysfunctions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Boolean.TRUE.equals(execution.getVariable(DYSFUNCTION_FOUND))) {
      return;
    }
    dysfunctions.record(
        execution.getProcessBusinessKey(),
        DysfunctionCategory.valueOf((String) execution.getVariable(DYSFUNCTION_CATEGORY)),
        (String) execution.getVariable(DYSFUNCTION_DESCRIPTION),
        (String) execution.getVariable(DYSFUNCTION_FOUND_BY));
  }
}
