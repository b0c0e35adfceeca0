package fr.escalade.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link FirmTenantIdProvider} in the engine (the starter applies every
 * {@code ProcessEnginePlugin} bean). The engine's tenant check, on by default, then hides other
 * firms' instances, tasks and history from Tasklist, Cockpit and {@code /engine-rest}.
 */
@Component
class FirmTenancyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new FirmTenantIdProvider());
  }
}
