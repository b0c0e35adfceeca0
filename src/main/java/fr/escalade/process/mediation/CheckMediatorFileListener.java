package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_SUMMARY;

import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks that the file for the mediator has its summary. */
@Component("checkMediatorFile")
class CheckMediatorFileListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    input.requiredText(MEDIATOR_FILE_SUMMARY, "Synthèse du dossier pour le médiateur", 20_000);
    input.check();
  }
}
