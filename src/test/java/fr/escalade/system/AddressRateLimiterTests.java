package fr.escalade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Each address gets its quota per window, and a new quota once the window is over. */
class AddressRateLimiterTests {

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-23T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAddressOverItsQuotaWaitsForTheNextWindowWhileOthersGoOn() {
    HandClock clock = new HandClock();
    AddressRateLimiter limiter = new AddressRateLimiter(2, Duration.ofHours(1), clock);

    assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
    assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
    assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
    assertThat(limiter.tryAcquire("192.0.2.2")).as("another address").isTrue();

    clock.now = clock.now.plus(Duration.ofMinutes(45));
    assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
    assertThat(limiter.minutesToWait("192.0.2.1")).isEqualTo(15);

    clock.now = clock.now.plus(Duration.ofMinutes(15));
    assertThat(limiter.tryAcquire("192.0.2.1")).as("a new window").isTrue();
  }
}
