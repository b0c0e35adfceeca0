package fr.escalade.process;

import fr.escalade.identity.Grants;
import fr.escalade.identity.Roles;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An agent reads the variables (the client's name, address, description…) of the complaints their
 * group has a task on, and of no other: the working groups read no process instance wholesale, and
 * each group a task is offered to gets read access to that task's process instance when the task
 * is created, which Tasklist's columns need. A group keeps it once its task is done, as the agents
 * who worked a complaint may need to look back at it; supervisors read every complaint of their firms
 * ({@code identity/RoleSetup}). Added to every user task when the diagrams are parsed.
 */
@Component
class TaskGroupAccess extends UserTaskListenerPlugin {

  /** Open tasks granted per page when an earlier version's tasks are brought under this rule. */
  private static final int PAGE = 500;

  // looked up when first used: a plugin is built before the engine whose services these are
  private final ObjectProvider<Grants> grants;
  private final ObjectProvider<TaskService> tasks;

  TaskGroupAccess(ObjectProvider<Grants> grants, ObjectProvider<TaskService> tasks) {
    super(TaskListener.EVENTNAME_CREATE);
    this.grants = grants;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null && Roles.GROUP_NAMES.containsKey(group))
        .distinct()
        .forEach(group -> grants.getObject().grant(group, Resources.PROCESS_INSTANCE, task.getProcessInstanceId(), Permissions.READ));
  }

  /**
   * Earlier versions let every working group read every complaint: the first start of this one
   * takes that grant back and gives it again, per complaint, for the open tasks; later starts find
   * nothing to take back and read no task.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void grantOpenTasks() {
    for (String group : List.of(Roles.FIRST_CONTACT, Roles.COMPLAINTS_SERVICE)) {
      boolean readEveryComplaint = false;
      for (String process : List.of(ProcessVariables.PROCESS_KEY, ProcessVariables.MEDIATION_PROCESS_KEY)) {
        readEveryComplaint |= grants.getObject().revoke(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ_INSTANCE);
      }
      if (!readEveryComplaint) {
        continue;
      }
      for (int first = 0; ; first += PAGE) {
        List<Task> open = tasks.getObject().createTaskQuery().taskCandidateGroup(group).orderByTaskId().asc().listPage(first, PAGE);
        open.stream()
            .map(Task::getProcessInstanceId)
            .filter(instance -> instance != null)
            .distinct()
            .forEach(instance -> grants.getObject().grant(group, Resources.PROCESS_INSTANCE, instance, Permissions.READ));
        if (open.size() < PAGE) {
          break;
        }
      }
    }
  }
}
