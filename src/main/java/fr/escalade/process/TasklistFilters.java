package fr.escalade.process;

import fr.escalade.identity.Grants;
import fr.escalade.identity.Roles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist each working group opens: its filters, showing the complaint's variables as columns,
 * and the right to read the process's instances those columns come from. Made at start-up when
 * missing; a filter an administrator changed is left as it is.
 *
 * <p>The filters' queries hold no ordering: Tasklist appends the order an agent picks in its sort
 * header to the filter's own, so a filter ordered by due date would keep that order whatever the
 * header says. Tasklist opens each filter sorted by due date, earliest first, and says so
 * ({@code tasklist/scripts/escalade-tasklist.js}); the agent can change it there.
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
      // the mediation stage is a process of its own, whose tasks the complaints service works too;
      // reading a complaint's variables, which Tasklist's columns show, is per complaint for agents
      // (TaskGroupAccess) and on every complaint of their firms for supervisors (identity/RoleSetup)
      for (String process : List.of(ProcessVariables.PROCESS_KEY, ProcessVariables.MEDIATION_PROCESS_KEY)) {
        grants.grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ);
      }
    }
    ensureFilter(
        "Mes tâches",
        "Les tâches qui me sont attribuées",
        5,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
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
        tasks.createTaskQuery().dueBeforeExpression("${now()}"),
        List.of(Roles.SUPERVISORS));
  }

  private TaskQuery groupQueue(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
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
              "variables", COLUMNS.entrySet().stream().map(c -> column(c.getKey(), c.getValue())).toList()));
      filters.saveFilter(filter);
    } else if (Roles.ADMIN.equals(filter.getOwner()) && orderedByDueDateOnly(filter.getQuery())) {
      // made by an earlier version, ordered by due date in its query: the agent's choice in the
      // sort header would come second; the header now starts on that same order instead
      ((TaskQueryImpl) filter.getQuery()).getOrderingProperties().clear();
      filter.setQuery(filter.getQuery());
      filters.saveFilter(filter);
    }
    for (String group : groups) {
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  /**
   * The variables each filter shows under a task, by name, with their label: words an agent reads,
   * never a code (the firm's name, not its key; the answer's date as letters write it, not an ISO
   * date); a code such as the channel would need a label variable of its own first.
   */
  static final Map<String, String> COLUMNS = columns();

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put(ProcessVariables.REFERENCE, "Référence");
    columns.put(ProcessVariables.FIRM_NAME, "Cabinet");
    columns.put(ProcessVariables.COMPLAINANT_NAME, "Réclamant");
    columns.put(ProcessVariables.SUBJECT, "Objet");
    columns.put(ProcessVariables.ANSWER_DUE_ON, "Réponse à envoyer au plus tard le");
    return Collections.unmodifiableMap(columns);
  }

  /** The one ordering earlier versions gave their filters' queries, and nothing else. */
  private static boolean orderedByDueDateOnly(TaskQuery query) {
    if (!(query instanceof TaskQueryImpl impl) || impl.getOrderingProperties() == null) {
      return false;
    }
    List<QueryOrderingProperty> ordering = impl.getOrderingProperties();
    return ordering.size() == 1
        && TaskQueryProperty.DUE_DATE.equals(ordering.get(0).getQueryProperty())
        && Direction.ASCENDING.equals(ordering.get(0).getDirection());
  }

  private static Map<String, String> column(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }
}
