package fr.escalade.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that the working groups exist with what they need: their
 * authorizations (Tasklist for everyone, Cockpit for supervisors). Their Tasklist filters are the
 * process's (process/TasklistFilters). Existing groups and grants are left as an administrator
 * changed them.
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
        ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.RETRY_JOB);
    grants.grant(Roles.SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE);
    grants.grant(Roles.SUPERVISORS, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
    grants.grant(Roles.SUPERVISORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
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
