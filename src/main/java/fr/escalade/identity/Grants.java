package fr.escalade.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Grants a group permissions on an engine resource, adding to what it already has, or takes named
 * permissions back; nothing else of a grant an administrator changed is touched.
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = find(group, resource, resourceId);
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /** Takes permissions back from a group's grant, where it has them; whether it had any of them. */
  public boolean revoke(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = find(group, resource, resourceId);
    if (existing == null) {
      return false;
    }
    boolean had = false;
    for (Permission permission : permissions) {
      had |= existing.isPermissionGranted(permission);
      existing.removePermission(permission);
    }
    if (had) {
      authorizations.saveAuthorization(existing);
    }
    return had;
  }

  /**
   * The grants earlier versions' tasks gave their assignee and candidates (the engine's default,
   * UPDATE, which rewrites a complaint's variables) become what tasks give now: TASK_WORK. Grants on
   * every task (an administrator's) are left alone.
   */
  public void narrowTaskGrantsToWork() {
    while (true) {
      List<Authorization> wide =
          authorizations.createAuthorizationQuery()
              .resourceType(Resources.TASK)
              .hasPermission(TaskPermissions.UPDATE)
              .authorizationType(AUTH_TYPE_GRANT)
              .listPage(0, 500).stream()
              .filter(grant -> !Authorization.ANY.equals(grant.getResourceId()))
              .toList();
      if (wide.isEmpty()) {
        return;
      }
      for (Authorization grant : wide) {
        grant.removePermission(TaskPermissions.UPDATE);
        grant.addPermission(TaskPermissions.TASK_WORK);
        authorizations.saveAuthorization(grant);
      }
    }
  }

  private Authorization find(String group, Resource resource, String resourceId) {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
  }
}
