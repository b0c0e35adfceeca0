package fr.escalade.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.identity.StaffMember;
import fr.escalade.system.AddressRateLimiter;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Opening complaints one by one is limited per user; the limit of one user is not another's. */
class ComplaintReadThrottleTests {

  final ComplaintReadThrottle throttle = new ComplaintReadThrottle(new AddressRateLimiter(3, Duration.ofMinutes(1)));

  private int read(String user, String method, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setAttribute(StaffMember.ATTRIBUTE, new StaffMember(user, Set.of("firstContact")));
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain());
    if (response.getStatus() == 429) {
      assertThat(response.getHeader("Retry-After")).isNotBlank();
      assertThat(response.getContentAsString()).contains("exports the register");
    }
    return response.getStatus();
  }

  @Test
  void walkingTheReferencesOneByOneIsStoppedAfterTheMinutesQuota() throws Exception {
    for (int n = 1; n <= 3; n++) {
      assertThat(read("claire", "GET", "/api/complaints/REC-2026-00000" + n)).isEqualTo(200);
    }
    assertThat(read("claire", "GET", "/api/complaints/REC-2026-000004")).isEqualTo(429);
    assertThat(read("claire", "GET", "/api/complaints/REC-2026-000001/correspondence")).isEqualTo(429);

    assertThat(read("marc", "GET", "/api/complaints/REC-2026-000004")).as("another user's quota").isEqualTo(200);
    assertThat(read("claire", "POST", "/api/complaints/REC-2026-000001/withdrawal")).as("actions are not reads").isEqualTo(200);
  }
}
