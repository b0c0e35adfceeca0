package fr.escalade.identity;

import fr.escalade.system.ForbiddenException;
import java.util.Set;

/**
 * Who called {@code /api}, as {@link ApiAuthenticationFilter} authenticated them against the Camunda
 * identity service. Controllers take it with {@code @RequestAttribute(StaffMember.ATTRIBUTE)}.
 */
public record StaffMember(String id, Set<String> groups) {

  public static final String ATTRIBUTE = "fr.escalade.staffMember";

  public boolean isIn(String group) {
    return groups.contains(group) || groups.contains(Roles.ADMIN);
  }

  /** Refuses the request with a 403 unless the caller is in {@code group} (or an administrator). */
  public void require(String group, String toDoWhat) {
    if (!isIn(group)) {
      throw new ForbiddenException(
          "Only the group '" + group + "' may " + toDoWhat + "; user '" + id + "' is not in it.");
    }
  }
}
