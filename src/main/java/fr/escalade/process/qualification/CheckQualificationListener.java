package fr.escalade.process.qualification;

import static fr.escalade.process.ProcessVariables.QUALIFICATION;
import static fr.escalade.process.ProcessVariables.QUALIFICATION_NOTE;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the qualification of a message: a complaint, or a request explained in a note. */
@Component("checkQualification")
class CheckQualificationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String qualification = input.requiredChoice(QUALIFICATION, "Qualification du message", Choices.of(QUALIFICATION));
    if (Choices.REQUEST.equals(qualification)) {
      input.requiredText(QUALIFICATION_NOTE, "Pourquoi ce n'est pas une réclamation", 2000);
    }
    input.check();
  }
}
