package fr.escalade.identity;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take the caller's {@link AccessibleFirms} as a parameter. */
@Configuration(proxyBeanMethods = false)
class FirmAccessConfiguration implements WebMvcConfigurer {

  private final FirmAccess access;

  FirmAccessConfiguration(FirmAccess access) {
    this.access = access;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new AccessibleFirmsResolver(access));
  }
}
