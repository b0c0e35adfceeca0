package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.ANSWER_DRAFTED_BY;
import static fr.escalade.process.ProcessVariables.APPROVAL_COMMENT;
import static fr.escalade.process.ProcessVariables.APPROVAL_DECISION;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the supervisor's decision on an answer: sending it back needs a comment for the officer,
 * and approving it needs another person than the one who drafted it (the four-eyes rule).
 */
@Component("checkApproval")
class CheckApprovalListener implements TaskListener {

  static final String FOUR_EYES = "Règle des quatre yeux : la personne qui a rédigé la réponse ne peut pas l'approuver";

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String decision = input.requiredChoice(APPROVAL_DECISION, "Décision", Choices.of(APPROVAL_DECISION));
    if (Choices.REVISE.equals(decision)) {
      input.requiredText(APPROVAL_COMMENT, "Commentaire pour le rédacteur", 4000);
    }
    if (Choices.APPROVE.equals(decision)) {
      Object drafter = task.getVariable(ANSWER_DRAFTED_BY);
      if (drafter != null && drafter.equals(input.completingUser())) {
        input.problem(FOUR_EYES);
      }
    }
    input.check();
  }
}
