package fr.escalade.process.oral;

import static fr.escalade.process.ProcessVariables.CATEGORY;
import static fr.escalade.process.ProcessVariables.ORAL_RESULT;
import static fr.escalade.process.ProcessVariables.SETTLEMENT_SUMMARY;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the record of an oral complaint: settled on the spot, with what was agreed, or not. */
@Component("checkOralComplaint")
class CheckOralComplaintListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String result = input.requiredChoice(ORAL_RESULT, "Issue de l'échange", Choices.of(ORAL_RESULT));
    if (Choices.SETTLED_ON_THE_SPOT.equals(result)) {
      input.requiredText(SETTLEMENT_SUMMARY, "Solution convenue avec le client", 4000);
      // a settlement ends the complaint: the register records what it was about, as an answer does
      input.requiredChoice(CATEGORY, "Catégorie", Choices.of(CATEGORY));
    }
    input.check();
  }
}
