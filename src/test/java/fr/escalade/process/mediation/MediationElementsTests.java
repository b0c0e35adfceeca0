package fr.escalade.process.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.process.ProcessVariables;
import fr.escalade.process.deadline.DeadlineTimes;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * The element ids the mediation tests name are those of the diagram the application deploys, and
 * the diagram keeps the house style reviewers check: named steps, documented user tasks, lanes per
 * role, a shape or an edge for every element, messages and variables the Java code names.
 */
class MediationElementsTests {

  private static final Path DIAGRAM = Path.of("processes/complaint-mediation.bpmn");

  private final BpmnModelInstance diagram = Bpmn.readModelFromFile(DIAGRAM.toFile());

  @Test
  void everyElementTheTestsNameIsAFlowNodeOfTheDiagram() throws IllegalAccessException {
    List<String> named = constantsOf(MediationElements.class);

    assertThat(named).isNotEmpty().doesNotHaveDuplicates();
    assertThat(named)
        .as("ids in MediationElements that processes/complaint-mediation.bpmn has no flow node for")
        .filteredOn(id -> !(diagram.getModelElementById(id) instanceof FlowNode))
        .isEmpty();
  }

  @Test
  void theStageIsTheProcessTheComplaintsProcessCalls() {
    Process process = diagram.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.getId()).isEqualTo(ProcessVariables.MEDIATION_PROCESS_KEY);
    assertThat(process.getName()).isEqualTo("Mener la médiation");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    assertThat(diagram.getModelElementsByType(Lane.class)).extracting(Lane::getName)
        .containsExactly("Service réclamations", "Superviseur");
  }

  @Test
  void everyMessageItWaitsForIsOneTheApplicationSends() throws IllegalAccessException {
    List<String> sent = constantsOf(ProcessVariables.class).stream().filter(name -> Character.isUpperCase(name.charAt(0))).toList();
    assertThat(diagram.getModelElementsByType(Message.class)).extracting(Message::getName)
        .containsExactlyInAnyOrder(
            ProcessVariables.MEDIATOR_PROPOSAL_MESSAGE, ProcessVariables.MEDIATOR_PROPOSAL_EXTENDED_MESSAGE,
            ProcessVariables.MEDIATOR_CLOSED_CASE_MESSAGE, ProcessVariables.CLIENT_WITHDREW_FROM_MEDIATION_MESSAGE)
        .allMatch(sent::contains);
  }

  @Test
  void everyFlowNodeIsNamedAndEveryUserTaskDocumentedWithItsForm() {
    for (FlowNode node : diagram.getModelElementsByType(FlowNode.class)) {
      boolean joiningGateway = node instanceof Gateway && node.getOutgoing().size() == 1;
      if (!joiningGateway) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      }
      assertThat(node.getId()).as("a meaningful id").doesNotContainPattern("_[0-9a-z]{7}$").contains("_");
    }
    for (UserTask task : diagram.getModelElementsByType(UserTask.class)) {
      assertThat(task.getDocumentations()).as("documentation of %s", task.getId()).isNotEmpty();
      assertThat(Path.of("forms", task.getCamundaFormRef() + ".form")).exists();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
    }
  }

  @Test
  void everyFlowNodeHasAShapeAndEveryFlowAnEdge() {
    Set<String> drawn = new HashSet<>();
    diagram.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
    diagram.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    List<String> elements = new ArrayList<>();
    diagram.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
    diagram.getModelElementsByType(SequenceFlow.class).forEach(flow -> elements.add(flow.getId()));
    diagram.getModelElementsByType(Lane.class).stream().map(BaseElement::getId).forEach(elements::add);
    assertThat(drawn).containsAll(elements);
  }

  @Test
  void everyVariableTheDiagramReadsIsOneTheCodeNames() throws IOException, IllegalAccessException {
    Set<String> variables = new HashSet<>(constantsOf(ProcessVariables.class));
    String xml = Files.readString(DIAGRAM);
    Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(xml);
    Set<String> unknown = new HashSet<>();
    while (expression.find()) {
      String name = expression.group(1).strip();
      // the timers' and the tasks' instants: a method of deadlineTimes, given the execution
      Matcher deadlineTime = Pattern.compile("deadlineTimes\\.(\\w+)\\(execution\\)").matcher(name);
      if (deadlineTime.matches()
          && Arrays.stream(DeadlineTimes.class.getMethods()).anyMatch(method -> method.getName().equals(deadlineTime.group(1)))) {
        continue;
      }
      if (!variables.contains(name) && !xml.contains("delegateExpression=\"${" + name + "}\"")) {
        unknown.add(name);
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyBeanTheDiagramNamesIsAComponentOfTheProcessPackage() throws IOException {
    List<String> named =
        Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(Files.readString(DIAGRAM)).results()
            .map(match -> match.group(1)).distinct().toList();
    var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(true);
    List<String> processBeans =
        scanner.findCandidateComponents("fr.escalade.process").stream()
            .map(definition -> {
              try {
                return Class.forName(definition.getBeanClassName()).getAnnotation(org.springframework.stereotype.Component.class);
              } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
              }
            })
            .filter(java.util.Objects::nonNull)
            .map(org.springframework.stereotype.Component::value)
            .toList();
    assertThat(named).isNotEmpty();
    assertThat(processBeans).containsAll(named);
  }

  private static List<String> constantsOf(Class<?> type) throws IllegalAccessException {
    List<Field> fields =
        Arrays.stream(type.getDeclaredFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .toList();
    List<String> values = new ArrayList<>();
    for (Field field : fields) {
      values.add((String) field.get(null));
    }
    return values;
  }
}
