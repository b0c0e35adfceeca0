package fr.escalade.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the two HTTP APIs to anonymous callers: {@code /engine-rest} with Camunda's own Basic
 * authentication filter (as Camunda's distribution does), {@code /api} with ours. The webapps under
 * {@code /camunda} keep their session login.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/*");
    registration.setOrder(10);
    return registration;
  }
}
