package fr.escalade.process.qualification;

import static fr.escalade.process.ProcessVariables.QUALIFICATION;
import static fr.escalade.process.ProcessVariables.QUALIFICATION_NOTE;
import static fr.escalade.process.ProcessVariables.REQUEST_REPLY;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Qualification;
import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the qualification of a message (a complaint, or a request explained in a note and answered
 * by the reply the client's letter prints) and records
 * it in the register with its note, who qualified it and the day: supervisors review the requests.
 */
@Component("checkQualification")
class CheckQualificationListener implements TaskListener {

  /** Who the register names when neither an assignee nor a logged-in user completed the task (a script, a test). */
  static final String UNKNOWN_USER = "inconnu";

  static final int MAX_REPLY_LENGTH = 20_000;

  private final ComplaintRegister register;
  private final IdentityService identity;

  CheckQualificationListener(ComplaintRegister register, IdentityService identity) {
    this.register = register;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String qualification = input.requiredChoice(QUALIFICATION, "Qualification du message", Choices.of(QUALIFICATION));
    if (Choices.REQUEST.equals(qualification)) {
      input.requiredText(QUALIFICATION_NOTE, "Pourquoi ce n'est pas une réclamation", 2000);
      input.requiredText(REQUEST_REPLY, "Réponse au client", MAX_REPLY_LENGTH);
    }
    input.check();
    Object note = task.getVariable(QUALIFICATION_NOTE);
    register.recordQualification(
        register.get(task.getExecution().getProcessBusinessKey()),
        Qualification.valueOf(qualification),
        note instanceof String text && !text.isBlank() ? cut(text.strip(), 2000) : null,
        whoCompleted(task));
  }

  /** The user completing the task: the one logged in to Tasklist or the API, else its assignee. */
  private String whoCompleted(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : UNKNOWN_USER;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
