package fr.escalade.process.oral;

import static fr.escalade.process.ProcessVariables.CALL_BACK_NOTE;

import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A call back is done when the agent has noted what the client answered. */
@Component("checkCallBack")
class CheckCallBackListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    input.requiredText(CALL_BACK_NOTE, "Réponse du client", 4000);
    input.check();
  }
}
