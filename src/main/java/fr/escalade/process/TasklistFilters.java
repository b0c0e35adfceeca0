package fr.escalade.process;

import fr.escalade.identity.Grants;
import fr.escalade.identity.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist each working group opens: its filters, each ordered by due date and showing the
 * complaint's variables as columns, and the right to read the process's instances those columns
 * come from. Made at start-up when missing; a filter an administrator changed is left as it is.
 */
@Component
class TasklistFilters {

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  TasklistFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void setUp() {
    for (String group : Roles.GROUP_NAMES.keySet()) {
      // READ_INSTANCE lets Tasklist show the complaint's variables (reference, complainant…) in the lists;
      // the mediation stage is a process of its own, whose tasks the complaints service works too
      for (String process : List.of(ProcessVariables.PROCESS_KEY, ProcessVariables.MEDIATION_PROCESS_KEY)) {
        grants.grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
      }
    }
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
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }
}
