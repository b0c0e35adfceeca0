package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.REVIEW_DECISION;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the complaints service's first decision: acknowledge now, or answer at once. */
@Component("checkReviewDecision")
class CheckReviewDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    input.requiredChoice(REVIEW_DECISION, "Suite à donner", Choices.of(REVIEW_DECISION));
    input.check();
  }
}
