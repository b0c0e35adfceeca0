package fr.escalade.process.firstcontact;

import static fr.escalade.process.ProcessVariables.CATEGORY;
import static fr.escalade.process.ProcessVariables.FIRST_CONTACT_RESULT;
import static fr.escalade.process.ProcessVariables.SETTLEMENT_SUMMARY;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the result of first contact: a settlement must say what was agreed, for the confirmation. */
@Component("checkFirstContactResult")
class CheckFirstContactResultListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String result = input.requiredChoice(FIRST_CONTACT_RESULT, "Issue du premier contact", Choices.of(FIRST_CONTACT_RESULT));
    if (Choices.SETTLED.equals(result)) {
      input.requiredText(SETTLEMENT_SUMMARY, "Solution convenue avec le client", 4000);
      // a settlement ends the complaint: the register records what it was about, as an answer does
      input.requiredChoice(CATEGORY, "Catégorie", Choices.of(CATEGORY));
    }
    input.check();
  }
}
