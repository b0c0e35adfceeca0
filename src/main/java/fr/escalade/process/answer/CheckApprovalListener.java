package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.APPROVAL_COMMENT;
import static fr.escalade.process.ProcessVariables.APPROVAL_DECISION;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the supervisor's decision on an answer; sending it back needs a comment for the officer. */
@Component("checkApproval")
class CheckApprovalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String decision = input.requiredChoice(APPROVAL_DECISION, "Décision", Choices.of(APPROVAL_DECISION));
    if (Choices.REVISE.equals(decision)) {
      input.requiredText(APPROVAL_COMMENT, "Commentaire pour le rédacteur", 4000);
    }
    input.check();
  }
}
