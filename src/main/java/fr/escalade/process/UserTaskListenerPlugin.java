package fr.escalade.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A task listener Escalade adds to user tasks when the diagrams are parsed, so that what agents
 * read in Tasklist (names, due dates, letters so far, the approval's reason…) needs nothing drawn in
 * the diagrams: process owners draw them as before. A subclass says on which events it listens and,
 * if not every user task, which ones.
 */
public abstract class UserTaskListenerPlugin extends AbstractProcessEnginePlugin implements TaskListener {

  private final List<String> events;

  protected UserTaskListenerPlugin(String... events) {
    this.events = List.of(events);
  }

  /** Whether this user task (by its id in the diagram) gets the listener: all of them by default. */
  protected boolean listensTo(String userTaskId) {
    return true;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (listensTo(activity.getId())) {
              var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
              events.forEach(event -> definition.addBuiltInTaskListener(event, UserTaskListenerPlugin.this));
            }
          }
        });
  }
}
