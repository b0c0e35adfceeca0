package fr.escalade.identity;

import fr.escalade.firm.Firms;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates one demo user per role (password = user id) so that a new user can walk every path in
 * Tasklist. On by default on the embedded database; {@code escalade.demo-users=false} turns it off.
 * The demo users, administrator included, work for every configured firm.
 */
@Component
@ConditionalOnProperty(name = "escalade.demo-users", havingValue = "true")
class DemoUsers {

  record DemoUser(String id, String firstName, String lastName, String group) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("claire", "Claire", "Martin", Roles.FIRST_CONTACT),
          new DemoUser("marc", "Marc", "Durand", Roles.COMPLAINTS_SERVICE),
          new DemoUser("sophie", "Sophie", "Bernard", Roles.SUPERVISORS));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final Firms firms;

  DemoUsers(IdentityService identity, Firms firms) {
    this.identity = identity;
    this.firms = firms;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void create() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@escalade.example");
      user.setPassword(demo.id());
      identity.saveUser(user);
      identity.createMembership(demo.id(), demo.group());
    }
    // the admin works every queue too, so a single login can walk a whole path
    if (identity.createUserQuery().userId("demo").count() > 0) {
      for (String group : Roles.GROUP_NAMES.keySet()) {
        if (identity.createUserQuery().userId("demo").memberOfGroup(group).count() == 0) {
          identity.createMembership("demo", group);
        }
      }
    }
    List<String> existing =
        java.util.stream.Stream.concat(USERS.stream().map(DemoUser::id), java.util.stream.Stream.of("demo"))
            .filter(user -> identity.createUserQuery().userId(user).count() > 0)
            .toList();
    existing.forEach(this::joinEveryFirm);
    if (!existing.isEmpty()) {
      // one line, so that it stands out in the start-up log and a log alert can match it
      LOG.warn("Demo users exist, with their user id as password unless changed in Admin: {}. Anyone who reaches "
          + "this server can log in as them: keep it on this machine (server.address), or set escalade.demo-users=false "
          + "and delete them in Admin before opening it to others.", String.join(", ", existing));
    }
  }

  /** Each start, so that a firm added to the configuration is worked by the demo users too. */
  private void joinEveryFirm(String user) {
    for (String firm : firms.ids()) {
      if (identity.createTenantQuery().tenantId(firm).userMember(user).count() == 0) {
        identity.createTenantUserMembership(firm, user);
      }
    }
  }
}
