package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.escalade.EscaladeSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A diagram's expressions reach the process's delegates and listeners and no other bean: even a
 * diagram deployed by someone who may deploy cannot call the register or the mail sender.
 */
@EscaladeSpringTest
class DiagramBeansTests {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  private String deployment;

  @AfterEach
  void removeTheTestDiagram() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  private void deployCalling(String expression) {
    BpmnModelInstance diagram =
        Bpmn.createExecutableProcess("beans-probe")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_Probe")
            .camundaExpression(expression)
            .endEvent()
            .done();
    deployment = repository.createDeployment().addModelInstance("beans-probe.bpmn", diagram).deploy().getId();
  }

  @Test
  void anExpressionCannotNameABeanOutsideTheProcess() {
    deployCalling("${complaintRegister.today(null)}");

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("beans-probe"))
        .hasMessageContaining("Cannot resolve identifier 'complaintRegister'");
  }

  @Test
  void theProcessBeansAreTheOnesTheDiagramNames() {
    DiagramBeans.ProcessBeanMap beans =
        (DiagramBeans.ProcessBeanMap)
            ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getBeans();

    assertThat(beans.names())
        .contains("sendAnswer", "closeComplaint", "checkQualification", "remindAgents", "deadlineTimes")
        .doesNotContain("complaintRegister", "letterWriter", "javaMailSender");
  }

  @Test
  void theEnginesOwnFunctionsStillWorkInFilters() {
    var overdue = engine.getFilterService().createFilterQuery().filterName("Tâches en retard").singleResult();
    var mine = engine.getFilterService().createFilterQuery().filterName("Mes tâches").singleResult();

    // ${now()} and ${currentUser()} are the engine's functions, not beans: they must still resolve
    engine.getIdentityService().setAuthentication("sophie", java.util.List.of("supervisors"), java.util.List.of("asekkey", "almena"));
    try {
      assertThat(engine.getFilterService().count(overdue.getId())).isNotNull();
      assertThat(engine.getFilterService().count(mine.getId())).isNotNull();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
