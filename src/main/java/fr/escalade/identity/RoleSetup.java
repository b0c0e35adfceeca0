package fr.escalade.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import fr.escalade.process.ProcessVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that the working groups exist with what they need: their
 * authorizations (Tasklist for everyone, Cockpit for supervisors) and their Tasklist filters, each
 * ordered by due date. Existing groups, grants and filters are left as an administrator changed them.
 */
@Component
class RoleSetup {

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  RoleSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void setUp() {
    Roles.GROUP_NAMES.forEach(this::ensureGroup);
    for (String group : Roles.GROUP_NAMES.keySet()) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // READ_INSTANCE lets Tasklist show the complaint's variables (reference, complainant…) in the lists
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ProcessVariables.PROCESS_KEY,
          Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE);
      grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
    grant(Roles.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Roles.SUPERVISORS,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.TASK_ASSIGN,
        ProcessDefinitionPermissions.RETRY_JOB);
    grant(Roles.SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    // supervisors hand overdue tasks to someone else; working a task comes with being its candidate
    grant(Roles.SUPERVISORS, Resources.TASK, ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
    // a complaint's variables are its audit trail: whoever may update them (Cockpit's variable editor,
    // a task's variables written to its instance) may rewrite it, so no group gets that on every
    // complaint, and the permissions earlier versions granted are taken back
    revoke(
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
    revoke(
        Roles.SUPERVISORS,
        Resources.PROCESS_INSTANCE,
        ANY,
        ProcessInstancePermissions.UPDATE,
        ProcessInstancePermissions.DELETE,
        ProcessInstancePermissions.UPDATE_VARIABLE);
    revoke(Roles.SUPERVISORS, Resources.TASK, ANY, TaskPermissions.UPDATE, TaskPermissions.DELETE, TaskPermissions.UPDATE_VARIABLE);
    grant(Roles.SUPERVISORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);

    ensureFilter(
        "Mes tâches",
        "Les tâches qui me sont attribuées",
        5,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
        List.copyOf(Roles.GROUP_NAMES.keySet()));
    ensureFilter(
        "Premier contact",
        "Réclamations à qualifier ou à régler à l'amiable au premier contact",
        0,
        groupQueue(Roles.FIRST_CONTACT),
        List.of(Roles.FIRST_CONTACT));
    ensureFilter(
        "Service réclamations",
        "Réclamations à qualifier, accuser, instruire et répondre",
        0,
        groupQueue(Roles.COMPLAINTS_SERVICE),
        List.of(Roles.COMPLAINTS_SERVICE));
    ensureFilter(
        "Supervision",
        "Réponses à valider",
        0,
        groupQueue(Roles.SUPERVISORS),
        List.of(Roles.SUPERVISORS));
    ensureFilter(
        "Tâches en retard",
        "Toutes les tâches dont l'échéance est dépassée",
        10,
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
        List.of(Roles.SUPERVISORS));
  }

  private TaskQuery groupQueue(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().orderByDueDate().asc();
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      var group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query, List<String> groups) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
      filter.setOwner(Roles.ADMIN);
      filter.setQuery(query);
      filter.setProperties(
          Map.of(
              "description", description,
              "priority", priority,
              "refresh", true,
              "variables",
                  List.of(
                      column(ProcessVariables.REFERENCE, "Référence"),
                      column(ProcessVariables.FIRM_NAME, "Cabinet"),
                      column(ProcessVariables.COMPLAINANT_NAME, "Réclamant"),
                      column(ProcessVariables.SUBJECT, "Objet"),
                      column(ProcessVariables.ANSWER_DUE_ON, "Réponse due le"))));
      filters.saveFilter(filter);
    }
    for (String group : groups) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }

  private void revoke(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .authorizationType(AUTH_TYPE_GRANT)
            .singleResult();
    if (existing == null) {
      return;
    }
    for (Permission permission : permissions) {
      existing.removePermission(permission);
    }
    authorizations.saveAuthorization(existing);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
