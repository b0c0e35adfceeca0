package fr.escalade.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Puts each complaint's process instance in its firm's tenant, read from the start variable
 * {@code firm}: the definitions stay shared by every firm, while the instance — and with it its
 * tasks, jobs, incidents and history — is seen only by the firm's staff. The engine asks only for
 * instances of definitions deployed without a tenant.
 */
class FirmTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    Object firm = context.getVariables() == null ? null : context.getVariables().get(ProcessVariables.FIRM);
    return firm instanceof String id && !id.isBlank() ? id : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    // Escalade has no case models; a case started by a process stays in its firm
    return context.getSuperExecution() == null ? null : context.getSuperExecution().getTenantId();
  }

  /** The answer-approval decision's history belongs to the complaint's firm, like the rest of it. */
  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    DelegateExecution execution = context.getExecution();
    return execution == null ? null : execution.getTenantId();
  }
}
