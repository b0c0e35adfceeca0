package fr.escalade.identity;

import fr.escalade.firm.Firms;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Which firms a member of staff may see: the firms whose Camunda tenant they are a member of,
 * directly or through one of their groups — the same memberships that the engine's tenant check
 * applies in Tasklist, Cockpit and {@code /engine-rest}. Administrators ({@code camunda-admin}) see
 * every firm, as the engine lets them.
 */
@Component
public class FirmAccess {

  private final IdentityService identity;
  private final Firms firms;

  FirmAccess(IdentityService identity, Firms firms) {
    this.identity = identity;
    this.firms = firms;
  }

  public AccessibleFirms of(String user, Collection<String> groups) {
    if (groups.contains(Roles.ADMIN)) {
      return new AccessibleFirms(user, firms.ids(), true, firms.ids());
    }
    Set<String> tenants =
        identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .filter(firms.ids()::contains)
            .collect(Collectors.toSet());
    return new AccessibleFirms(user, tenants, false, firms.ids());
  }

  /** Whether {@code user} works for {@code firm}: for addressing a firm's notices to its staff only. */
  public boolean worksFor(String user, String firm) {
    Set<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .collect(Collectors.toSet());
    return of(user, groups).includes(firm);
  }
}
