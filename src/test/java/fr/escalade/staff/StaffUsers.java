package fr.escalade.staff;

import fr.escalade.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The users the staff pages' tests log in as: the demo users by group, and one who works for Almena only. */
public final class StaffUsers {

  /** A first-contact agent whose only firm is Almena (a tenant membership, as an administrator gives it). */
  public static final String ALMENA_ONLY = "staffPagesAlmenaAgent";

  private StaffUsers() {}

  public static RequestPostProcessor firstContact() {
    return SecurityMockMvcRequestPostProcessors.user("claire").authorities(() -> Roles.FIRST_CONTACT);
  }

  public static RequestPostProcessor complaintsService() {
    return SecurityMockMvcRequestPostProcessors.user("marc").authorities(() -> Roles.COMPLAINTS_SERVICE);
  }

  public static RequestPostProcessor supervisor() {
    return SecurityMockMvcRequestPostProcessors.user("sophie").authorities(() -> Roles.SUPERVISORS);
  }

  /** Logged in, but in none of the working groups. */
  public static RequestPostProcessor inNoWorkingGroup() {
    return SecurityMockMvcRequestPostProcessors.user("visitor").authorities(() -> "someOtherGroup");
  }

  public static RequestPostProcessor almenaOnly(IdentityService identity) {
    if (identity.createUserQuery().userId(ALMENA_ONLY).count() == 0) {
      User user = identity.newUser(ALMENA_ONLY);
      user.setPassword(ALMENA_ONLY);
      user.setEmail(ALMENA_ONLY + "@escalade.test");
      identity.saveUser(user);
      identity.createMembership(ALMENA_ONLY, Roles.FIRST_CONTACT);
      identity.createTenantUserMembership("almena", ALMENA_ONLY);
    }
    return SecurityMockMvcRequestPostProcessors.user(ALMENA_ONLY).authorities(() -> Roles.FIRST_CONTACT);
  }
}
