package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.ANSWER_TEXT;

import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.Letter;
import fr.escalade.process.LongTextVariables;
import fr.escalade.process.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What the supervisor reads on the approval task besides the proposed answer: why the decision
 * table asks for approval ({@value #APPROVAL_REASON}) and the answer letter as the client would
 * receive it ({@value #ANSWER_PREVIEW}), rendered without saving or sending anything. Both are
 * variables of the task only, set when it is created; the diagram stays as process owners draw it.
 */
@Component
class ApprovalContext extends AbstractProcessEnginePlugin implements TaskListener {

  static final String APPROVAL_TASK = "Task_ApproveAnswer";
  static final String APPROVAL_REASON = ProcessVariables.APPROVAL_REASON;
  static final String ANSWER_PREVIEW = ProcessVariables.ANSWER_PREVIEW;
  /** The longest text the engine's variables hold. */
  static final int MAX_LENGTH = LongTextVariables.MAX_LENGTH;

  private final ApprovalReasons reasons;
  private final AnswerSteps steps;

  ApprovalContext(ApprovalReasons reasons, AnswerSteps steps) {
    this.reasons = reasons;
    this.steps = steps;
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
            if (APPROVAL_TASK.equals(activity.getId())) {
              ((UserTaskActivityBehavior) activity.getActivityBehavior())
                  .getTaskDefinition()
                  .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ApprovalContext.this);
            }
          }
        });
  }

  @Override
  public void notify(DelegateTask task) {
    String deploymentId = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getDeploymentId();
    task.setVariableLocal(APPROVAL_REASON, reasons.of(deploymentId, task.getVariables()));
    Object text = task.getVariable(ANSWER_TEXT);
    if (text instanceof String answer) {
      task.setVariableLocal(ANSWER_PREVIEW, preview(steps.previewAnswer(task.getExecution().getProcessBusinessKey(), answer)));
    }
  }

  /** The letter as its recipient reads it: to whom and how, its subject, its text. */
  static String preview(Letter letter) {
    String how = letter.getChannel() == DeliveryChannel.POST ? "par courrier postal" : "par e-mail";
    String text =
        "À : " + letter.getRecipient().replace("\n", ", ") + " (" + how + ")\n"
            + "Objet : " + letter.getSubject() + "\n\n"
            + letter.getBody();
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    String cut = "\n[…] Aperçu tronqué : la lettre complète compte " + text.length() + " caractères.";
    return text.substring(0, MAX_LENGTH - cut.length()) + cut;
  }
}
