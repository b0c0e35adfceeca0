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

  @Test
  void anIpv6ClientCountsByItsSlash64() {
    AddressRateLimiter limiter = new AddressRateLimiter(2, Duration.ofHours(1), new HandClock());

    assertThat(limiter.tryAcquire("2001:db8:1:2::1")).isTrue();
    assertThat(limiter.tryAcquire("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isTrue();
    assertThat(limiter.tryAcquire("2001:0db8:0001:0002:ffff::9%eth0")).as("the same /64, written otherwise").isFalse();
    assertThat(limiter.isOverLimit("2001:db8:1:2::77")).isTrue();
    assertThat(limiter.tryAcquire("2001:db8:1:3::1")).as("the next /64").isTrue();
  }

  @Test
  void anIpv4MappedAddressIsTheIpv4Client() {
    AddressRateLimiter limiter = new AddressRateLimiter(1, Duration.ofHours(1), new HandClock());

    assertThat(limiter.tryAcquire("192.0.2.7")).isTrue();
    assertThat(limiter.tryAcquire("::ffff:192.0.2.7")).isFalse();
    assertThat(limiter.tryAcquire("::ffff:192.0.2.8")).as("its neighbour, not its /64").isTrue();
  }
}
