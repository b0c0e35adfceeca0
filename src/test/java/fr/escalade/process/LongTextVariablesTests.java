package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A text as long as a form or the API accepts is kept whole by the engine, in its running variables
 * and in their history: Camunda's own columns stop at 4,000 characters.
 */
@EscaladeSpringTest
class LongTextVariablesTests {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  private String deployment;

  @AfterEach
  void removeTheTestDiagram() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aTextOfTheLongestLengthAcceptedIsStoredUpdatedAndReadBackWhole() {
    deployment =
        repository
            .createDeployment()
            .addModelInstance(
                "long-text.bpmn",
                Bpmn.createExecutableProcess("long-text-probe")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Write")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    String description = "Une description détaillée. ".repeat(800).substring(0, 10_000);
    String answer = "Réponse motivée, point par point. ".repeat(700).substring(0, LongTextVariables.MAX_LENGTH);

    String instance = runtime.startProcessInstanceByKey("long-text-probe", Map.of("description", description)).getId();
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    runtime.setVariable(instance, "answerText", answer.substring(0, 5_000));
    tasks.complete(task, Map.of("answerText", answer));

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("description").singleResult().getValue())
        .isEqualTo(description);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("answerText").singleResult().getValue())
        .isEqualTo(answer);
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .extracting(detail -> ((HistoricVariableUpdate) detail).getValue())
        .contains(description, answer.substring(0, 5_000), answer);
  }
}
