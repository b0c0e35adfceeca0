package fr.escalade;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The process tests must pass every flow node and sequence flow of the diagram. */
@TestConfiguration(proxyBeanMethods = false)
class ProcessCoverageConfiguration {

  @Bean
  @Primary // over the library's default, which asserts nothing
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties.Builder()
        .assertClassCoverageAtLeast(1.0)
        .addInclusionPatternForTestClasses(".*ComplaintProcessTests")
        .build();
  }
}
