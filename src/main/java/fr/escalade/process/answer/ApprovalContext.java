package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.ANSWER_TEXT;

import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.Letter;
import fr.escalade.process.LongTextVariables;
import fr.escalade.process.ProcessVariables;
import fr.escalade.process.UserTaskListenerPlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the supervisor reads on the approval task besides the proposed answer: why the decision
 * table asks for approval ({@value #APPROVAL_REASON}) and the answer letter as the client would
 * receive it ({@value #ANSWER_PREVIEW}), rendered without saving or sending anything. Both are
 * variables of the task only, set when it is created; the diagram stays as process owners draw it.
 */
@Component
class ApprovalContext extends UserTaskListenerPlugin {

  static final String APPROVAL_TASK = "Task_ApproveAnswer";
  static final String APPROVAL_REASON = ProcessVariables.APPROVAL_REASON;
  static final String ANSWER_PREVIEW = ProcessVariables.ANSWER_PREVIEW;
  /** The longest text the engine's variables hold. */
  static final int MAX_LENGTH = LongTextVariables.MAX_LENGTH;

  static final String UNAVAILABLE = "Indisponible (voir le journal de l'application) : ";

  private static final Logger log = LoggerFactory.getLogger(ApprovalContext.class);

  private final ApprovalReasons reasons;
  private final AnswerSteps steps;

  ApprovalContext(ApprovalReasons reasons, AnswerSteps steps) {
    super(TaskListener.EVENTNAME_CREATE);
    this.reasons = reasons;
    this.steps = steps;
  }

  @Override
  protected boolean listensTo(String userTaskId) {
    return APPROVAL_TASK.equals(userTaskId);
  }

  /**
   * Both are aids to the supervisor: one that cannot be made (a letter template in error, a decision
   * table edited oddly) says so in the form rather than refusing the drafter's « Terminer ».
   */
  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    try {
      String deploymentId = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getDeploymentId();
      task.setVariableLocal(APPROVAL_REASON, reasons.of(deploymentId, task.getVariables()));
    } catch (RuntimeException e) {
      log.warn("No approval reason for {}", reference, e);
      task.setVariableLocal(APPROVAL_REASON, UNAVAILABLE + e.getMessage());
    }
    Object text = task.getVariable(ANSWER_TEXT);
    if (text instanceof String answer) {
      try {
        task.setVariableLocal(ANSWER_PREVIEW, preview(steps.previewAnswer(reference, answer)));
      } catch (RuntimeException e) {
        log.warn("No preview of the answer to {}", reference, e);
        task.setVariableLocal(ANSWER_PREVIEW, UNAVAILABLE + e.getMessage());
      }
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
