package fr.escalade.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A staff notice about a complaint reaches the staff of the complaint's firm only. */
@EscaladeSpringTest
class StaffAddressesTests {

  @Autowired StaffAddresses addresses;
  @Autowired IdentityService identity;

  @BeforeEach
  void oneOfficerPerFirm() {
    officer("noticeAsekkey", "asekkey");
    officer("noticeAlmena", "almena");
  }

  private void officer(String id, String firm) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setPassword(id);
    user.setEmail(id + "@escalade.test");
    identity.saveUser(user);
    identity.createMembership(id, Roles.COMPLAINTS_SERVICE);
    identity.createTenantUserMembership(firm, id);
  }

  @Test
  void aGroupsNoticeGoesToTheMembersWhoWorkForTheComplaintsFirm() {
    assertThat(addresses.of(Roles.COMPLAINTS_SERVICE, "almena"))
        .contains("noticeAlmena@escalade.test", "marc@escalade.example")
        .doesNotContain("noticeAsekkey@escalade.test");
    assertThat(addresses.of(Roles.COMPLAINTS_SERVICE, "asekkey"))
        .contains("noticeAsekkey@escalade.test")
        .doesNotContain("noticeAlmena@escalade.test");
    assertThat(addresses.of("noticeAsekkey", "almena")).as("a user named for another firm's complaint").isEmpty();
  }
}
