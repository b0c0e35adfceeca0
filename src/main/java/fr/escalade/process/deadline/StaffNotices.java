package fr.escalade.process.deadline;

import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Deadline;
import fr.escalade.deadline.DeadlinePlanner;
import fr.escalade.firm.Firms;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import fr.escalade.system.PublicUrls;
import org.springframework.stereotype.Component;

/** Writes the internal reminders and escalations about a complaint's deadlines. */
@Component
public class StaffNotices {

  static final String SUPERVISORS = "supervisors";

  private final LetterWriter letters;
  private final ComplaintRegister register;
  private final TaskService tasks;
  private final PublicUrls urls;
  private final DeadlinePlanner planner;
  private final Firms firms;

  StaffNotices(
      LetterWriter letters,
      ComplaintRegister register,
      TaskService tasks,
      PublicUrls urls,
      DeadlinePlanner planner,
      Firms firms) {
    this.letters = letters;
    this.register = register;
    this.tasks = tasks;
    this.urls = urls;
    this.planner = planner;
    this.firms = firms;
  }

  /** Reminds whoever holds the complaint's open tasks: the assignee, or else the candidate groups. */
  void remind(DelegateExecution execution, Deadline deadline) {
    List<Task> open = openTasks(execution);
    Set<String> recipients = new LinkedHashSet<>();
    for (Task task : open) {
      if (task.getAssignee() != null) {
        recipients.add(task.getAssignee());
      } else {
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
            .forEach(recipients::add);
      }
    }
    if (recipients.isEmpty()) {
      recipients.add(SUPERVISORS);
    }
    write(LetterType.REMINDER, execution, deadline, String.join(", ", recipients), open);
  }

  /** Alerts the supervisors that a deadline was reached unmet. */
  void escalate(DelegateExecution execution, Deadline deadline) {
    write(LetterType.ESCALATION, execution, deadline, SUPERVISORS, openTasks(execution));
  }

  private void write(LetterType type, DelegateExecution execution, Deadline deadline, String recipients, List<Task> open) {
    String reference = execution.getProcessBusinessKey();
    Complaint complaint = register.get(reference);
    String openTaskNames =
        open.isEmpty() ? "aucune" : open.stream().map(Task::getName).collect(Collectors.joining(", "));
    LocalDate legalDate = complaint.dueOn(deadline);
    Map<String, Object> details =
        Map.of(
            "deadlineLabel", deadline.label(),
            "deadline", legalDate,
            // staff aim for the last working day before a deadline on a Sunday or a holiday
            "deadlineTarget", planner.target(firms.get(complaint.getFirm()), legalDate),
            "openTasks", openTaskNames,
            "tasklistUrl", open.isEmpty() ? urls.tasklist() : urls.tasklist() + "?task=" + open.get(0).getId());
    letters.writeToStaff(type, complaint, recipients, details);
  }

  private List<Task> openTasks(DelegateExecution execution) {
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list();
  }
}
