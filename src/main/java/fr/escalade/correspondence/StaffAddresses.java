package fr.escalade.correspondence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Turns the users and groups an internal notice is addressed to into e-mail addresses. */
@Component
class StaffAddresses {

  private final IdentityService identity;

  StaffAddresses(IdentityService identity) {
    this.identity = identity;
  }

  /** {@code recipients} is a comma-separated list of user and group ids. */
  List<String> of(String recipients) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String id : recipients.split(",")) {
      String name = id.strip();
      User user = identity.createUserQuery().userId(name).singleResult();
      if (user != null) {
        add(addresses, user);
      }
      identity.createUserQuery().memberOfGroup(name).list().forEach(member -> add(addresses, member));
    }
    return List.copyOf(addresses);
  }

  private static void add(Set<String> addresses, User user) {
    if (user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail());
    }
  }
}
