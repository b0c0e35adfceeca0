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
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
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
