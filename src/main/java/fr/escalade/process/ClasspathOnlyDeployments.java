package fr.escalade.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine runs only the diagrams, decision tables and forms packaged with the application
 * ({@code processes/}, {@code forms/}, deployed from the classpath at start-up). A diagram's
 * expressions run Java in the server, so no HTTP request may deploy one: neither through
 * {@code /engine-rest} nor through the REST API the webapps use, and not even an administrator's.
 * The same doors get the engine's other guards: what a request body may hold ({@link
 * EngineRequestBodies}), what a failure may tell ({@link EngineRestFailures}) and who may call
 * Cockpit's plugin API ({@link CockpitApiGuard}).
 */
@Configuration(proxyBeanMethods = false)
class ClasspathOnlyDeployments {

  @Bean
  FilterRegistrationBean<DeploymentRefusalFilter> deploymentRefusal(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<DeploymentRefusalFilter> registration =
        new FilterRegistrationBean<>(new DeploymentRefusalFilter(webappPath));
    registration.setName("deployment-refusal");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/*");
    // before any authentication: the answer is the same for everyone
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRequestBodies> engineRequestBodies(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${escalade.engine-rest.max-body-size:262144}") long maxBytes) {
    FilterRegistrationBean<EngineRequestBodies> registration = new FilterRegistrationBean<>(new EngineRequestBodies(maxBytes));
    registration.setName("engine-request-bodies");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestFailures> engineRestFailures(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<EngineRestFailures> registration = new FilterRegistrationBean<>(new EngineRestFailures());
    registration.setName("engine-rest-failures");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/*");
    // outside the authentication filters: a database outage during the password check is a 503 too
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CockpitApiGuard> cockpitApiGuard(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<CockpitApiGuard> registration = new FilterRegistrationBean<>(new CockpitApiGuard());
    registration.setName("cockpit-api-guard");
    registration.addUrlPatterns(webappPath + "/api/cockpit/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }
}
