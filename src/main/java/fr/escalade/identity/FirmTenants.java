package fr.escalade.identity;

import fr.escalade.firm.Firms;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that each configured firm has its Camunda tenant, whose id is the
 * firm's id: staff see a firm's complaints through their memberships of it. An existing tenant is
 * left as an administrator changed it.
 */
@Component
class FirmTenants {

  private final IdentityService identity;
  private final Firms firms;

  FirmTenants(IdentityService identity, Firms firms) {
    this.identity = identity;
    this.firms = firms;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void ensureTenants() {
    firms.names().forEach((id, name) -> {
      if (identity.createTenantQuery().tenantId(id).count() > 0) {
        return;
      }
      Tenant tenant = identity.newTenant(id);
      tenant.setName(name);
      try {
        identity.saveTenant(tenant);
      } catch (ProcessEngineException refused) {
        // the engine accepts only letters and digits in tenant ids (by default); say which firm to rename
        throw new IllegalStateException(
            "The firm id '" + id + "' (escalade.firms." + id + ") cannot be a Camunda tenant id: " + refused.getMessage()
                + " Use letters and digits only.",
            refused);
      }
    });
  }
}
