package fr.escalade.operations;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the engine's job executor runs: without it no timer fires, no reminder or escalation is
 * written and no deadline is watched, though every page still answers. Part of readiness.
 *
 * <p>Where job execution is switched off on purpose (the tests fire jobs themselves) it reports
 * UNKNOWN, which does not pull the overall status down: nothing is wrong, and nothing is claimed
 * to run. The bean's name replaces Camunda's own indicator, which says DOWN in that case.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

  private final ProcessEngineConfigurationImpl engine;
  private final boolean enabled;

  JobExecutorHealth(
      ProcessEngineConfigurationImpl engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  @Override
  public Health health() {
    if (!enabled) {
      return Health.unknown().withDetail("jobExecution", "disabled by configuration").build();
    }
    JobExecutor executor = engine.getJobExecutor();
    return executor != null && executor.isActive() ? Health.up().build() : Health.down().build();
  }
}
