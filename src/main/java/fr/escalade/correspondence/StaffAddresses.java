package fr.escalade.correspondence;

import fr.escalade.identity.FirmAccess;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns the users and groups an internal notice is addressed to into e-mail addresses: those of the
 * users who work for the complaint's firm, so that a group shared by several firms does not carry
 * one firm's complaints to another's staff.
 */
@Component
class StaffAddresses {

  private final IdentityService identity;
  private final FirmAccess access;

  StaffAddresses(IdentityService identity, FirmAccess access) {
    this.identity = identity;
    this.access = access;
  }

  /** {@code recipients} is a comma-separated list of user and group ids. */
  List<String> of(String recipients, String firm) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String id : recipients.split(",")) {
      String name = id.strip();
      User user = identity.createUserQuery().userId(name).singleResult();
      if (user != null && access.worksFor(user.getId(), firm)) {
        add(addresses, user);
      }
      identity.createUserQuery().memberOfGroup(name).list().stream()
          .filter(member -> access.worksFor(member.getId(), firm))
          .forEach(member -> add(addresses, member));
    }
    return List.copyOf(addresses);
  }

  private static void add(Set<String> addresses, User user) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail());
    }
  }
}
