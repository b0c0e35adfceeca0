package fr.escalade.identity;

import java.util.Set;

/**
 * Who called {@code /api}, as {@link ApiAuthenticationFilter} authenticated them against the Camunda
 * identity service. Controllers take it with {@code @RequestAttribute(StaffMember.ATTRIBUTE)}.
 */
public record StaffMember(String id, Set<String> groups) {

  public static final String ATTRIBUTE = "fr.escalade.staffMember";
}
