package fr.escalade.process.answer;


import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the dysfunction the answer step may report: when the officer ticks the box, its nature and
 * a description are required. The dysfunction is recorded when the answer is sent.
 */
@Component("checkDysfunction")
class CheckDysfunctionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!Choices.READY.equals(task.getVariable(ANSWER_STATUS)) || !Boolean.TRUE.equals(task.getVariable(DYSFUNCTION_FOUND))) {
      return;
    }
    TaskInput input = new TaskInput(task);
    input.requiredChoice(DYSFUNCTION_CATEGORY, "Nature du dysfonctionnement", Choices.of(DYSFUNCTION_CATEGORY));
    input.requiredText(DYSFUNCTION_DESCRIPTION, "Dysfonctionnement constaté", 2000);
    input.check();
    input.set(DYSFUNCTION_FOUND_BY, task.getAssignee() == null ? "service réclamations" : task.getAssignee());
  }
}
