package fr.escalade;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * {@link ProcessCoverageConfiguration} for the mediation stage's own tests: every flow node and
 * sequence flow of {@code complaint-mediation} must be passed; the complaint's own process, which
 * runs beside each called stage, is measured by its own class and left out here.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class MediationCoverageConfiguration {

  @Bean
  @Primary // over the library's default, which asserts nothing
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties.Builder()
        .excludeProcessDefinitionKeys("complaint-handling")
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
