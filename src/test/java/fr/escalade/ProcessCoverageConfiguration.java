package fr.escalade;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Measures which elements of the diagram a test class passes and fails the class unless it passes
 * every flow node and sequence flow. Only for process test classes: it measures every class that
 * shares its application context.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageConfiguration {

  @Bean
  @Primary // over the library's default, which asserts nothing
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties.Builder()
        // the mediation stage a complaint calls is measured by its own tests (MediationStageTests)
        .excludeProcessDefinitionKeys("complaint-mediation")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
