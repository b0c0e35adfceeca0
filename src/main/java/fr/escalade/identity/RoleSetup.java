package fr.escalade.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that the working groups exist with what they need: their
 * authorizations (Tasklist for everyone, Cockpit for supervisors, read-only on complaints). Their
 * Tasklist filters are the process's (process/TasklistFilters). Existing groups and grants are left
 * as an administrator changed them, except the permissions taken back below.
 */
@Component
class RoleSetup {

  private final IdentityService identity;
  private final Grants grants;

  RoleSetup(IdentityService identity, Grants grants) {
    this.identity = identity;
    this.grants = grants;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void setUp() {
    Roles.GROUP_NAMES.forEach(this::ensureGroup);
    for (String group : Roles.GROUP_NAMES.keySet()) {
      grants.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
    grants.grant(Roles.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(
        Roles.SUPERVISORS,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.TASK_ASSIGN,
        ProcessDefinitionPermissions.RETRY_JOB);
    grants.grant(Roles.SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    // supervisors hand overdue tasks to someone else; working a task comes with being its candidate
    grants.grant(Roles.SUPERVISORS, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
    // a complaint's variables are its audit trail: whoever may update them (Cockpit's variable editor,
    // a task's variables written to its instance) may rewrite it, so no group gets that on every
    // complaint, and the permissions earlier versions granted are taken back
    grants.revoke(
        Roles.SUPERVISORS,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.UPDATE,
        ProcessDefinitionPermissions.DELETE,
        ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.DELETE_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE,
        ProcessDefinitionPermissions.UPDATE_HISTORY,
        ProcessDefinitionPermissions.DELETE_HISTORY);
    grants.revoke(
        Roles.SUPERVISORS,
        Resources.PROCESS_INSTANCE,
        ANY,
        ProcessInstancePermissions.UPDATE,
        ProcessInstancePermissions.DELETE,
        ProcessInstancePermissions.UPDATE_VARIABLE);
    grants.revoke(
        Roles.SUPERVISORS, Resources.TASK, ANY, TaskPermissions.UPDATE, TaskPermissions.DELETE, TaskPermissions.UPDATE_VARIABLE);
    grants.grant(Roles.SUPERVISORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.narrowTaskGrantsToWork();
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      var group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
