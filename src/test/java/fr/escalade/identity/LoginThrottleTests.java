package fr.escalade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.system.AddressRateLimiter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Guessing passwords from one address is stopped at that address, before any password is checked,
 * on every way in; and no wrong password, from wherever, keeps an account's owner out, even for a moment.
 */
@EscaladeSpringTest
class LoginThrottleTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.realTime();

  /** escalade.login.failures-per-address */
  static final int QUOTA = 10;

  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired TestRestTemplate http;

  /** Each test guesses from its own address (and on its own account), so that none stops another. */
  private final String attacker = "198.51.100." + ADDRESSES.getAndIncrement();
  private final String victim = "victim" + ADDRESSES.get();

  @BeforeEach
  void victimAccount() {
    if (identity.createUserQuery().userId(victim).count() == 0) {
      var user = identity.newUser(victim);
      user.setPassword("right-" + victim);
      identity.saveUser(user);
      identity.createMembership(victim, Roles.COMPLAINTS_SERVICE);
    }
  }


  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
    return request.with(r -> {
      r.setRemoteAddr(address);
      return r;
    });
  }

  private void guessWrongFromAttacker(int times) throws Exception {
    for (int i = 0; i < times; i++) {
      mvc.perform(from(attacker, get("/api/letters?status=TO_PRINT")).header("Authorization", basic(victim, "guess" + i)))
          .andExpect(status().isUnauthorized());
    }
  }

  @Test
  void anAddressThatFailedTooOftenGetsTooManyRequestsOnEveryBasicEntryWhateverThePassword() throws Exception {
    guessWrongFromAttacker(QUOTA);

    String right = basic(victim, "right-" + victim);
    mvc.perform(from(attacker, get("/api/letters?status=TO_PRINT")).header("Authorization", right))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")));
    mvc.perform(from(attacker, get("/engine-rest/task")).header("Authorization", right))
        .andExpect(status().isTooManyRequests());
    // a header the client writes is not its address
    mvc.perform(from(attacker, get("/api/letters?status=TO_PRINT")).header("Authorization", right)
            .header("X-Forwarded-For", "203.0.113.77"))
        .andExpect(status().isTooManyRequests());

    // the account's owner, elsewhere, is not stopped by the attacker's address, nor made to wait
    mvc.perform(from("192.0.2.200", get("/api/letters?status=TO_PRINT")).header("Authorization", right))
        .andExpect(status().isOk());
  }

  private MockHttpServletRequestBuilder login(String password) {
    return login(attacker, password);
  }

  private MockHttpServletRequestBuilder login(String address, String password) {
    return from(address, post("/rapports/connexion").param("username", victim).param("password", password).with(csrf()));
  }

  @Test
  void wrongPasswordsFromOtherAddressesNeverDenyTheAccountToItsOwner() throws Exception {
    String second = "198.51.100." + ADDRESSES.getAndIncrement();
    String owner = "203.0.113." + ADDRESSES.getAndIncrement();
    for (int i = 0; i < 4; i++) {
      mvc.perform(from(attacker, get("/api/letters?status=TO_PRINT")).header("Authorization", basic(victim, "guess" + i)))
          .andExpect(status().isUnauthorized());
      mvc.perform(from(second, get("/engine-rest/task")).header("Authorization", basic(victim, "other" + i)))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(login(second, "form-guess")).andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("?erreur")));

    // at once, no clock moved: the engine keeps no per-account delay
    String right = basic(victim, "right-" + victim);
    mvc.perform(from(owner, get("/api/letters?status=TO_PRINT")).header("Authorization", right)).andExpect(status().isOk());
    mvc.perform(from(attacker, get("/api/letters?status=TO_PRINT")).header("Authorization", basic(victim, "again")))
        .andExpect(status().isUnauthorized());
    // MockMvc has no Jersey servlet: the engine's REST is asked over HTTP, from this machine (a third address)
    assertThat(http.withBasicAuth(victim, "right-" + victim).getForEntity("/engine-rest/task", String.class).getStatusCode().value())
        .isEqualTo(200);
    mvc.perform(from(second, get("/engine-rest/task")).header("Authorization", basic(victim, "again")))
        .andExpect(status().isUnauthorized());
    mvc.perform(login(owner, "right-" + victim)).andExpect(header().string("Location", org.hamcrest.Matchers.not(
        org.hamcrest.Matchers.endsWith("?erreur"))));
  }

  @Test
  void anAccountIsSeenLockedOnlyWhileTheEngineWouldRefuseItsRightPassword() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    AccountLocks locks = new AccountLocks(identity, configuration);
    assertThat(identity.checkPassword(victim, "guess")).isFalse();
    assertThat(locks.test(victim)).as("as configured, no delay").isFalse();
    assertThat(identity.checkPassword(victim, "right-" + victim)).isTrue();

    int base = configuration.getLoginDelayBase();
    int max = configuration.getLoginDelayMaxTime();
    try {
      // were the engine's delay turned back on
      configuration.setLoginDelayBase(3);
      configuration.setLoginDelayMaxTime(60);
      assertThat(identity.checkPassword(victim, "guess")).isFalse();
      assertThat(locks.test(victim)).isTrue();
    } finally {
      configuration.setLoginDelayBase(base);
      configuration.setLoginDelayMaxTime(max);
      identity.unlockUser(victim);
    }
  }

  @Test
  void aRefusalOfALockedAccountIsNotCountedAgainstTheCallersAddress() throws Exception {
    AddressRateLimiter failures = new AddressRateLimiter(1, java.time.Duration.ofMinutes(15));
    LoginThrottle throttle = new LoginThrottle(failures, user -> user.equals(victim));
    for (int i = 0; i < 3; i++) {
      var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/letters");
      request.setRemoteAddr("192.0.2.10");
      request.addHeader("Authorization", basic(victim, "right-" + victim));
      var response = new org.springframework.mock.web.MockHttpServletResponse();
      throttle.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(401));
      assertThat(response.getStatus()).as("refused by the engine, not throttled").isEqualTo(401);
    }
    assertThat(failures.isOverLimit("192.0.2.10")).isFalse();
  }

  @Test
  void theReportsLoginFormIsThrottledByAddressToo() throws Exception {
    for (int i = 0; i < QUOTA; i++) {
      mvc.perform(login("guess" + i))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(login("right-" + victim))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }

  @Test
  void aPercentEncodedLoginPathChecksNoPassword() throws Exception {
    // written so that a filter comparing paths as written would not see a login
    for (int i = 0; i < QUOTA + 5; i++) {
      mvc.perform(
              from(attacker, post(java.net.URI.create("/rapports/%63onnexion"))
                  .param("username", victim).param("password", "guess" + i).with(csrf())))
          .andExpect(status().isBadRequest());
    }
    mvc.perform(login("right-" + victim)).andExpect(status().is3xxRedirection());
  }

  @Test
  void wrongPasswordsSpacedPastTheDelaysNeverLockAnAccountForGood() {
    ZonedDateTime now = ZonedDateTime.parse("2026-03-04T10:00:00+01:00[Europe/Paris]");
    for (int attempt = 0; attempt < 3 * QUOTA; attempt++) {
      now = now.plusMinutes(2); // past the longest delay after a failure (60 s)
      clock.set(now);
      assertThat(identity.checkPassword(victim, "guess" + attempt)).isFalse();
    }
    clock.set(now.plusMinutes(2));
    assertThat(identity.checkPassword(victim, "right-" + victim)).as("the owner still gets in").isTrue();
  }
}
