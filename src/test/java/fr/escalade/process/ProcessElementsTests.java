package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;

/** The element ids the tests name are those of the diagram the application deploys. */
class ProcessElementsTests {

  private final BpmnModelInstance diagram = Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile());

  @Test
  void everyElementTheTestsNameIsAFlowNodeOfTheDiagram() throws IllegalAccessException {
    List<String> named = constantsOf(ProcessElements.class);

    assertThat(named).isNotEmpty().doesNotHaveDuplicates();
    assertThat(named)
        .as("ids in ProcessElements that processes/complaint-handling.bpmn has no flow node for")
        .filteredOn(id -> !(diagram.getModelElementById(id) instanceof FlowNode))
        .isEmpty();
  }

  private static List<String> constantsOf(Class<?> type) throws IllegalAccessException {
    List<Field> fields =
        Arrays.stream(type.getDeclaredFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .toList();
    String[] values = new String[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (String) fields.get(i).get(null);
    }
    return List.of(values);
  }
}
