package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.complaint.HandlingOutcome;
import fr.escalade.process.deadline.AcknowledgementProgress;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * What a process owner can break silently in the Modeler, the build catches: a choice value that
 * the forms, the diagram's conditions, the decision table and the Java checks do not all agree on,
 * or an ending of the process that would leave its complaint open in the register.
 */
class DiagramConsistencyTests {

  private static final Path DIAGRAM = Path.of("processes/complaint-handling.bpmn");
  /** The mediation stage, which the complaint's process calls. */
  private static final Path MEDIATION_DIAGRAM = Path.of("processes/complaint-mediation.bpmn");
  private static final Pattern ENDING_FIELD =
      Pattern.compile("<camunda:field name=\"ending\"><camunda:(string|expression)>([^<]+)</camunda:");
  private static final Pattern CONDITION = Pattern.compile("(\\w+) == '(\\w+)'");
  private static final Pattern QUOTED = Pattern.compile("\"(\\w+)\"");

  @Test
  void everyFormOffersExactlyTheValuesTheChecksAccept() throws IOException {
    Map<String, Set<String>> offered = new HashMap<>();
    for (JsonNode field : fieldsWithValues()) {
      if (field.path("readonly").asBoolean() && Choices.SHOWN_BY_VARIABLE.containsKey(field.get("key").asText())) {
        continue;
      }
      collectValues(field, offered);
    }
    assertThat(offered).isNotEmpty();
    offered.forEach(
        (variable, values) ->
            assertThat(values)
                .as("the values the forms offer for %s", variable)
                .isEqualTo(Choices.of(variable)));
  }

  @Test
  void everyCodeAFormOnlyShowsHasTheLabelItsEnumGivesIt() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (JsonNode field : fieldsWithValues()) {
      String variable = field.get("key").asText();
      if (Choices.BY_VARIABLE.containsKey(variable)) {
        continue;
      }
      assertThat(field.path("readonly").asBoolean()).as("%s is a code the form only shows: its select is read-only", variable).isTrue();
      assertThat(Choices.SHOWN_BY_VARIABLE).as("the codes forms show").containsKey(variable);
      assertThat(labels(field)).as("the labels of %s", variable).isEqualTo(Choices.SHOWN_BY_VARIABLE.get(variable));
      shown.add(variable);
    }
    assertThat(shown).as("the channel shows by its French name, not its code").contains(ProcessVariables.CHANNEL);
  }

  @Test
  void aValueHasOneFrenchLabelInEveryFormAndNeverShowsAsItsCode() throws IOException {
    Map<String, Map<String, String>> labelsByVariable = new HashMap<>();
    for (JsonNode field : fieldsWithValues()) {
      String variable = field.get("key").asText();
      labels(field).forEach(
          (value, label) -> {
            assertThat(label).as("the label of %s = %s", variable, value).isNotBlank().isNotEqualTo(value);
            String before = labelsByVariable.computeIfAbsent(variable, v -> new HashMap<>()).putIfAbsent(value, label);
            assertThat(before == null ? label : before).as("%s = %s is labelled alike in every form", variable, value).isEqualTo(label);
          });
    }
    Map<String, String> dysfunctions = labelsByVariable.get(ProcessVariables.DYSFUNCTION_CATEGORY);
    for (fr.escalade.improvement.DysfunctionCategory category : fr.escalade.improvement.DysfunctionCategory.values()) {
      assertThat(dysfunctions.get(category.name())).as("as reports name %s", category).isEqualTo(category.label());
    }
  }

  /** Every select, radio or checklist of every form: the fields that carry codes. */
  private static List<JsonNode> fieldsWithValues() throws IOException {
    List<JsonNode> fields = new java.util.ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        collectFieldsWithValues(new ObjectMapper().readTree(form.toFile()), fields);
      }
    }
    return fields;
  }

  private static void collectFieldsWithValues(JsonNode node, List<JsonNode> fields) {
    if (node.has("key") && node.has("values")) {
      fields.add(node);
    }
    node.forEach(child -> collectFieldsWithValues(child, fields));
  }

  private static Map<String, String> labels(JsonNode field) {
    Map<String, String> labels = new HashMap<>();
    field.get("values").forEach(value -> labels.put(value.get("value").asText(), value.get("label").asText()));
    return labels;
  }

  @Test
  void everyConditionOfTheDiagramRoutesOnAValueThatCanBeChosenAndEveryChoiceIsRouted() throws IOException {
    Matcher conditions = CONDITION.matcher(Files.readString(DIAGRAM));
    Map<String, Set<String>> routed = new HashMap<>();
    while (conditions.find()) {
      routed.computeIfAbsent(conditions.group(1), variable -> new TreeSet<>()).add(conditions.group(2));
    }
    assertThat(routed).isNotEmpty();
    routed.forEach(
        (variable, values) -> {
          Set<String> possible =
              switch (variable) {
                // a withdrawal interrupts the process: it is never routed on
                case ProcessVariables.HANDLING_OUTCOME ->
                    Arrays.stream(HandlingOutcome.values())
                        .filter(outcome -> outcome != HandlingOutcome.WITHDRAWN)
                        .map(Enum::name)
                        .collect(Collectors.toSet());
                case ProcessVariables.ACKNOWLEDGEMENT_PROGRESS -> names(AcknowledgementProgress.values());
                default -> Choices.of(variable);
              };
          assertThat(values).as("the values the diagram routes %s on", variable).isEqualTo(possible);
        });
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
  }

  @Test
  void theDecisionTableKnowsTheSameOutcomesAndCategories() {
    DecisionTable table =
        Dmn.readModelFromFile(new File("processes/answer-approval.dmn"))
            .getModelElementsByType(DecisionTable.class)
            .iterator()
            .next();
    List<Input> inputs = List.copyOf(table.getInputs());
    for (int column = 0; column < inputs.size(); column++) {
      Input input = inputs.get(column);
      String variable = input.getInputExpression().getText().getTextContent().strip();
      if (!Choices.BY_VARIABLE.containsKey(variable)) {
        continue;
      }
      assertThat(quoted(input.getInputValues().getText().getTextContent()))
          .as("the values the decision table lists for %s", variable)
          .isEqualTo(Choices.of(variable));
      for (Rule rule : table.getRules()) {
        String entry = List.copyOf(rule.getInputEntries()).get(column).getText().getTextContent();
        assertThat(Choices.of(variable)).as("rule %s on %s", rule.getId(), variable).containsAll(quoted(entry));
      }
    }
  }

  @Test
  void theComplaintIsClosedWhenTheProcessEndsWhicheverEndEventItReaches() {
    BpmnModelInstance diagram = Bpmn.readModelFromFile(DIAGRAM.toFile());
    Process process = diagram.getModelElementsByType(Process.class).iterator().next();
    assertThat(listeners(process.getExtensionElements()))
        .as("the process's own end listener closes the complaint")
        .contains("end ${closeComplaint}");
    for (EndEvent end : diagram.getModelElementsByType(EndEvent.class)) {
      assertThat(listeners(end.getExtensionElements()))
          .as("%s leaves closing to the process", end.getId())
          .noneMatch(listener -> listener.contains("closeComplaint"));
    }
  }

  @Test
  void theMediationStageRecordsOnlyEndingsTheRegisterKnowsAndLeavesClosingToItsCaller() throws IOException {
    String xml = Files.readString(MEDIATION_DIAGRAM);
    Set<String> recorded = new TreeSet<>();
    Matcher endings = ENDING_FIELD.matcher(xml);
    while (endings.find()) {
      recorded.add(endings.group(1).equals("string") ? endings.group(2) : "from " + endings.group(2));
    }
    Set<String> known = Arrays.stream(fr.escalade.complaint.MediationEnding.values()).map(Enum::name).collect(Collectors.toSet());
    assertThat(recorded)
        .as("the endings complaint-mediation records, by name or from the mediator's closure reason")
        .containsExactlyInAnyOrder("PROPOSAL_ANSWERED", "CLIENT_WITHDREW", "from ${" + ProcessVariables.MEDIATION_CLOSURE_REASON + "}");
    assertThat(known).contains("PROPOSAL_ANSWERED", "CLIENT_WITHDREW", "INADMISSIBLE", "WITHDRAWN", "SETTLED");
    assertThat(xml).as("the complaint's process closes the complaint, not the stage it calls").doesNotContain("closeComplaint");
    Matcher conditions = CONDITION.matcher(xml);
    while (conditions.find()) {
      assertThat(Choices.of(conditions.group(1))).as("a condition of the mediation stage").contains(conditions.group(2));
    }
  }

  /**
   * The largest top level of each diagram, in px. Cockpit fits the diagram to its pane when it opens
   * an instance: on a 1920×1080 screen the pane is about 1580×460 px, so a 680 px tall top level is
   * drawn at 0.68 and still reads, and anything taller is shrunk below what one can read. The
   * handling's top level was 4000×1820 before its handling and event sub-processes were drawn
   * collapsed (their content on planes of their own, which Cockpit opens by drill-down, with the
   * tokens inside); the mediation stage's, 1520×860, before its own sub-process was.
   */
  private static final Map<Path, int[]> TOP_LEVEL_MAX_SIZE = Map.of(DIAGRAM, new int[] {2000, 700}, MEDIATION_DIAGRAM, new int[] {1500, 600});

  @Test
  void everyFlowNodeAndFlowIsDrawnOnThePlaneOfItsScopeAndTheTopLevelFitsCockpit() {
    for (Path file : List.of(DIAGRAM, MEDIATION_DIAGRAM)) {
      BpmnModelInstance diagram = Bpmn.readModelFromFile(file.toFile());
      Map<String, String> planeOf = new HashMap<>();
      Map<String, List<double[]>> extentOf = new HashMap<>();
      for (BpmnDiagram drawing : diagram.getModelElementsByType(BpmnDiagram.class)) {
        BpmnPlane plane = drawing.getBpmnPlane();
        String planeElement = plane.getBpmnElement().getId();
        List<double[]> extent = extentOf.computeIfAbsent(planeElement, id -> new ArrayList<>());
        for (BpmnShape shape : plane.getChildElementsByType(BpmnShape.class)) {
          assertThat(planeOf.put(shape.getBpmnElement().getId(), planeElement))
              .as("%s: %s is drawn once", file, shape.getBpmnElement().getId())
              .isNull();
          Bounds bounds = shape.getBounds();
          extent.add(new double[] {bounds.getX(), bounds.getY()});
          extent.add(new double[] {bounds.getX() + bounds.getWidth(), bounds.getY() + bounds.getHeight()});
        }
        for (BpmnEdge edge : plane.getChildElementsByType(BpmnEdge.class)) {
          planeOf.put(edge.getBpmnElement().getId(), planeElement);
          for (Waypoint point : edge.getWaypoints()) {
            extent.add(new double[] {point.getX(), point.getY()});
          }
        }
      }
      List<BaseElement> elements = new ArrayList<>(diagram.getModelElementsByType(FlowNode.class));
      elements.addAll(diagram.getModelElementsByType(SequenceFlow.class));
      String topLevel = diagram.getModelElementsByType(BpmnDiagram.class).iterator().next().getBpmnPlane().getBpmnElement().getId();
      for (BaseElement element : elements) {
        // drawn where its scope is: the plane of the nearest sub-process that has one, else the top level
        String expected = topLevel;
        for (ModelElementInstance scope = element.getParentElement(); scope instanceof SubProcess; scope = scope.getParentElement()) {
          if (extentOf.containsKey(((SubProcess) scope).getId())) {
            expected = ((SubProcess) scope).getId();
            break;
          }
        }
        assertThat(planeOf.get(element.getId()))
            .as("%s: the plane %s is drawn on (a shape for a flow node, an edge for a flow)", file, element.getId())
            .isEqualTo(expected);
      }
      for (BpmnShape shape : diagram.getModelElementsByType(BpmnShape.class)) {
        if (shape.getBpmnElement() instanceof SubProcess && !shape.isExpanded()) {
          assertThat(extentOf).as("%s: collapsed %s has a plane of its own to drill down to", file, shape.getBpmnElement().getId())
              .containsKey(shape.getBpmnElement().getId());
        }
      }
      List<double[]> points = extentOf.get(topLevel);
      double width = points.stream().mapToDouble(p -> p[0]).max().orElseThrow() - points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
      double height = points.stream().mapToDouble(p -> p[1]).max().orElseThrow() - points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
      int[] max = TOP_LEVEL_MAX_SIZE.get(file);
      assertThat(width <= max[0] && height <= max[1])
          .as("%s: the top level is %.0f×%.0f px, more than the %d×%d px Cockpit shows readable when it opens the diagram: "
                  + "draw it more compactly, or collapse a sub-process (its content on its own plane)",
              file, width, height, max[0], max[1])
          .isTrue();
    }
  }

  private static List<String> listeners(org.camunda.bpm.model.bpmn.instance.ExtensionElements extensions) {
    if (extensions == null) {
      return List.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
        .map(listener -> listener.getCamundaEvent() + " " + listener.getCamundaDelegateExpression())
        .toList();
  }

  private static void collectValues(JsonNode field, Map<String, Set<String>> offered) {
    Set<String> values = new TreeSet<>(labels(field).keySet());
    offered.merge(field.get("key").asText(), values, (a, b) -> {
      assertThat(b).as("two forms offer %s", field.get("key").asText()).isEqualTo(a);
      return a;
    });
  }

  private static Set<String> quoted(String text) {
    return QUOTED.matcher(text).results().map(match -> match.group(1)).collect(Collectors.toSet());
  }
}
