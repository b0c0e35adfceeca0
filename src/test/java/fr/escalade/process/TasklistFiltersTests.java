package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The groups' Tasklist filters: no ordering of their own (Tasklist's sort header decides, opening on
 * due date), columns an agent reads without a code in them.
 */
@EscaladeSpringTest
class TasklistFiltersTests {

  private static final List<String> OURS =
      List.of("Mes tâches", "Premier contact", "Service réclamations", "Supervision", "Tâches en retard");

  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  void theFiltersHoldNoOrderingThatWouldComeBeforeTheAgentsChoice() {
    for (String name : OURS) {
      assertThat(ordering(name)).as("%s's own ordering", name).isNullOrEmpty();
    }
  }

  @Test
  void aFilterOrderedByDueDateByAnEarlierVersionLosesItsOrderingAndAnAdministratorsOrderingStays() {
    Filter old = filter("Supervision");
    Filter administrators = filter("Premier contact");
    TaskQuery oldQuery = old.getQuery();
    TaskQuery administratorsQuery = administrators.getQuery();
    try {
      old.setQuery(tasks.createTaskQuery().taskCandidateGroup("supervisors").includeAssignedTasks().orderByDueDate().asc());
      filters.saveFilter(old);
      administrators.setQuery(tasks.createTaskQuery().taskCandidateGroup("firstContact").orderByTaskPriority().desc());
      filters.saveFilter(administrators);

      tasklistFilters.setUp();

      assertThat(ordering("Supervision")).isEmpty();
      assertThat(((TaskQueryImpl) filter("Supervision").getQuery()).getCandidateGroup()).isEqualTo("supervisors");
      assertThat(ordering("Premier contact")).hasSize(1);
    } finally {
      Filter restoredOld = filter("Supervision");
      restoredOld.setQuery(oldQuery);
      filters.saveFilter(restoredOld);
      Filter restored = filter("Premier contact");
      restored.setQuery(administratorsQuery);
      filters.saveFilter(restored);
    }
  }

  @Test
  void theColumnsAreWordsNotCodes() {
    assertThat(TasklistFilters.COLUMNS.keySet())
        .containsExactly(ProcessVariables.REFERENCE, ProcessVariables.FIRM_NAME, ProcessVariables.COMPLAINANT_NAME,
            ProcessVariables.SUBJECT, ProcessVariables.ANSWER_DUE_ON)
        .doesNotContain(ProcessVariables.FIRM, ProcessVariables.CHANNEL, ProcessVariables.ENTRY_LEVEL,
            ProcessVariables.QUALIFICATION, ProcessVariables.OUTCOME, ProcessVariables.CATEGORY);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> shown = (List<Map<String, String>>) filter("Service réclamations").getProperties().get("variables");
    assertThat(shown).extracting(column -> column.get("name")).containsExactlyElementsOf(TasklistFilters.COLUMNS.keySet());
  }

  private Filter filter(String name) {
    return filters.createFilterQuery().filterName(name).singleResult();
  }

  private List<?> ordering(String name) {
    return ((TaskQueryImpl) filter(name).getQuery()).getOrderingProperties();
  }
}
