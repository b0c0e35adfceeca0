package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.COMPLAINANT_NAME;
import static fr.escalade.process.ProcessVariables.PROCESS_KEY;

import fr.escalade.correspondence.LetterProgress;
import fr.escalade.process.deadline.DeadlineTimes;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an agent reads of a task in Tasklist's list, for every user task of every diagram: its name
 * carries the complaint's reference and complainant; its due date is the date that matters for that
 * step — the acknowledgement's while none has been written, though the step itself is due with the
 * answer —; its follow-up date is the day agents are reminded of it. The diagrams stay as process
 * owners draw them: this is added when they are parsed. The dates come from the register, like the
 * diagrams' own ({@code DeadlineTimes}); the mediation stage's tasks keep the dates of their step.
 */
@Component
class TasklistPresentation extends UserTaskListenerPlugin {

  // fetched when a task is created: the engine, and this plugin, are built before them
  private final ObjectProvider<LetterProgress> letters;
  private final ObjectProvider<DeadlineTimes> times;

  TasklistPresentation(ObjectProvider<LetterProgress> letters, ObjectProvider<DeadlineTimes> times) {
    super(TaskListener.EVENTNAME_CREATE);
    this.letters = letters;
    this.times = times;
  }


  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Object complainant = task.getVariable(COMPLAINANT_NAME);
    task.setName(task.getName() + " – " + reference + (complainant == null ? "" : " – " + complainant));
    Date due = task.getDueDate();
    if (due == null || !isComplaintHandling(task)) {
      return;
    }
    DeadlineTimes deadlines = times.getObject();
    DelegateExecution execution = task.getExecution();
    Date acknowledgementTarget = deadlines.acknowledgementTarget(execution);
    if (acknowledgementTarget.before(due) && !letters.getObject().acknowledgementWritten(reference)) {
      task.setDueDate(acknowledgementTarget);
      task.setFollowUpDate(deadlines.acknowledgementReminder(execution));
    } else if (due.equals(acknowledgementTarget)) {
      task.setFollowUpDate(deadlines.acknowledgementReminder(execution));
    } else if (due.equals(deadlines.answerTarget(execution))) {
      task.setFollowUpDate(deadlines.answerReminder(execution));
    } else if (deadlines.answerPromised(execution) && due.equals(deadlines.promisedAnswerDue(execution))) {
      task.setFollowUpDate(deadlines.promisedAnswerReminder(execution));
    }
  }

  private static boolean isComplaintHandling(DelegateTask task) {
    return task.getProcessDefinitionId() != null && task.getProcessDefinitionId().startsWith(PROCESS_KEY + ":");
  }
}
