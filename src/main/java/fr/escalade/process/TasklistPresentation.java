package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.ACKNOWLEDGEMENT_REMINDER_AT;
import static fr.escalade.process.ProcessVariables.ACKNOWLEDGEMENT_TARGET_AT;
import static fr.escalade.process.ProcessVariables.ANSWER_REMINDER_AT;
import static fr.escalade.process.ProcessVariables.ANSWER_TARGET_AT;
import static fr.escalade.process.ProcessVariables.COMPLAINANT_NAME;
import static fr.escalade.process.ProcessVariables.PROMISED_ANSWER_DUE_AT;
import static fr.escalade.process.ProcessVariables.PROMISED_ANSWER_REMINDER_AT;

import fr.escalade.correspondence.LetterProgress;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an agent reads of a task in Tasklist's list, for every user task of every diagram: its name
 * carries the complaint's reference and complainant; its due date is the date that matters for that
 * step — the acknowledgement's while none has been written, though the step itself is due with the
 * answer —; its follow-up date is the day agents are reminded of it. The diagrams stay as process
 * owners draw them: this is added when they are parsed.
 */
@Component
class TasklistPresentation extends AbstractProcessEnginePlugin implements TaskListener {

  private final ObjectProvider<LetterProgress> letters;

  TasklistPresentation(ObjectProvider<LetterProgress> letters) {
    this.letters = letters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new java.util.ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TasklistPresentation.this);
          }
        });
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Object complainant = task.getVariable(COMPLAINANT_NAME);
    task.setName(task.getName() + " – " + reference + (complainant == null ? "" : " – " + complainant));
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    Date acknowledgementTarget = (Date) task.getVariable(ACKNOWLEDGEMENT_TARGET_AT);
    if (acknowledgementTarget != null
        && acknowledgementTarget.before(due)
        && !letters.getObject().acknowledgementWritten(reference)) {
      task.setDueDate(acknowledgementTarget);
      task.setFollowUpDate((Date) task.getVariable(ACKNOWLEDGEMENT_REMINDER_AT));
    } else if (due.equals(task.getVariable(ACKNOWLEDGEMENT_TARGET_AT))) {
      task.setFollowUpDate((Date) task.getVariable(ACKNOWLEDGEMENT_REMINDER_AT));
    } else if (due.equals(task.getVariable(ANSWER_TARGET_AT))) {
      task.setFollowUpDate((Date) task.getVariable(ANSWER_REMINDER_AT));
    } else if (due.equals(task.getVariable(PROMISED_ANSWER_DUE_AT))) {
      task.setFollowUpDate((Date) task.getVariable(PROMISED_ANSWER_REMINDER_AT));
    }
  }
}
