package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.complaint.Category;
import fr.escalade.improvement.DysfunctionCategory;
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
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Keeps the diagram, the forms and the Java code in agreement: the same variable names, forms that
 * exist and that Tasklist 7.24 (form-js 1.8.7) can render, a readable diagram for process owners.
 */
class ProcessResourcesTests {

  /** The components form-js 1.8.7 renders; anything else breaks the form in Tasklist. */
  static final Set<String> TASKLIST_COMPONENTS =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime",
          "expression", "dynamiclist", "group", "table", "iframe", "html", "image", "text", "separator", "spacer", "button");

  static final List<String> CONTEXT_FIELDS =
      List.of("reference", "firmName", "channel", "complainantName", "complainantContact", "sentOn",
          "acknowledgementDueOn", "answerDueOn", "contractReference", "subject", "description");

  /**
   * The forms of the handling stage show each deadline once, after the contract, on a row of its
   * own: « … à envoyer au plus tard le », the date the firm aims for.
   */
  static final Set<String> FORMS_SHOWING_TARGETS =
      Set.of(
          "qualify-message", "settle-amicably", "review-complaint", "draft-answer", "approve-answer", "record-oral-complaint",
          "call-back-client");

  static List<String> contextFieldsOf(String formRef) {
    if (!FORMS_SHOWING_TARGETS.contains(formRef)) {
      return CONTEXT_FIELDS;
    }
    List<String> fields = new ArrayList<>(CONTEXT_FIELDS);
    List<String> deadlines = List.of("acknowledgementDueOn", "answerDueOn");
    fields.removeAll(deadlines);
    fields.addAll(fields.indexOf("contractReference") + 1, deadlines);
    if (formRef.equals("draft-answer")) {
      // the answer's form also serves the answer promised by a delay notice: that date after the deadlines
      fields.add(fields.indexOf("answerDueOn") + 1, "promisedAnswerOn");
    }
    return fields;
  }

  private final ObjectMapper json = new ObjectMapper();
  private final BpmnModelInstance diagram = Bpmn.readModelFromFile(Path.of("processes/complaint-handling.bpmn").toFile());

  private static Set<String> processVariableNames() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field field : ProcessVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(Path.of("forms", id + ".form").toFile());
  }

  private static Stream<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    container.path("components").forEach(component -> {
      all.add(component);
      components(component).forEach(all::add);
    });
    return all.stream();
  }

  @Test
  void everyUserTaskHasADeployedFormWithTheComplaintContextAboveItsFields() throws IOException {
    for (UserTask task : diagram.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      assertThat(formRef).as("formRef of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      JsonNode form = form(formRef);
      assertThat(form.path("id").asText()).isEqualTo(formRef);
      JsonNode context = form.path("components").get(0);
      assertThat(context.path("type").asText()).as("%s opens with the complaint", formRef).isEqualTo("group");
      List<String> contextKeys = components(context).map(c -> c.path("key").asText()).toList();
      assertThat(contextKeys).as("context of %s", formRef).containsExactlyElementsOf(contextFieldsOf(formRef));
      assertThat(components(context)).allSatisfy(c -> assertThat(c.path("readonly").asBoolean()).isTrue());
      assertThat(task.getDocumentations()).as("documentation of %s", task.getId()).isNotEmpty();
    }
  }

  @Test
  void formsUseOnlyComponentsTasklistRendersAndKeysTheProcessKnows() throws Exception {
    Set<String> variables = processVariableNames();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.toList()) {
        JsonNode form = json.readTree(file.toFile());
        assertThat(form.path("schemaVersion").asInt()).as("%s schema version", file).isLessThanOrEqualTo(16);
        components(form).forEach(component -> {
          assertThat(TASKLIST_COMPONENTS).as("component type in %s", file).contains(component.path("type").asText());
          if (component.has("key")) {
            assertThat(variables).as("key in %s", file).contains(component.path("key").asText());
          }
        });
      }
    }
  }

  @Test
  void theAnswerFormOffersExactlyTheCategoriesTheCodeKnows() throws IOException {
    assertThat(choices("draft-answer", "category")).containsExactlyElementsOf(names(Category.values()));
    assertThat(choices("draft-answer", "dysfunctionCategory")).containsExactlyElementsOf(names(DysfunctionCategory.values()));
  }

  @Test
  void theAnswerFormNamesDysfunctionsAsTheReportsDo() throws IOException {
    JsonNode field =
        components(form("draft-answer")).filter(c -> "dysfunctionCategory".equals(c.path("key").asText())).findFirst().orElseThrow();
    field.path("values").forEach(value ->
        assertThat(value.path("label").asText()).isEqualTo(DysfunctionCategory.valueOf(value.path("value").asText()).label()));
  }

  private List<String> choices(String formId, String key) throws IOException {
    JsonNode field = components(form(formId)).filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
    List<String> values = new ArrayList<>();
    field.path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  @Test
  void everyVariableTheDiagramReadsIsOneTheCodeNames() throws Exception {
    Set<String> variables = processVariableNames();
    // deadlineTimes: the one bean besides the delegates the diagram names, for its timers' instants
    Set<String> beans = Set.of("execution", "true", "false", "null", "and", "or", "deadlineTimes");
    String xml = Files.readString(Path.of("processes/complaint-handling.bpmn"));
    Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(xml);
    Set<String> unknown = new HashSet<>();
    while (expression.find()) {
      Matcher identifier = Pattern.compile("(?<![.'\\w])([a-zA-Z]\\w*)(?![\\w'(])").matcher(expression.group(1));
      while (identifier.find()) {
        String name = identifier.group(1);
        if (!variables.contains(name) && !beans.contains(name) && !Character.isUpperCase(name.charAt(0))) {
          unknown.add(name);
        }
      }
    }
    // delegate beans are referenced as ${beanName}: they are the only other identifiers allowed
    unknown.removeIf(name -> xml.contains("delegateExpression=\"${" + name + "}\""));
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyFlowNodeIsNamedAndEveryGatewayBranchLabelled() {
    for (FlowNode node : diagram.getModelElementsByType(FlowNode.class)) {
      boolean joiningGateway = node instanceof org.camunda.bpm.model.bpmn.instance.Gateway && node.getOutgoing().size() == 1;
      if (!joiningGateway) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      }
      if (node instanceof org.camunda.bpm.model.bpmn.instance.ExclusiveGateway && node.getOutgoing().size() > 1) {
        node.getOutgoing().forEach(flow -> assertThat(flow.getName()).as("label of %s", flow.getId()).isNotBlank());
      }
    }
  }
}
