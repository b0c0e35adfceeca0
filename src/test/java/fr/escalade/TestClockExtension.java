package fr.escalade;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds the engine's clock, which the whole application reads (see EngineClock), at a chosen time
 * for each test, and gives the real time back after it, so that no test leaks its day into the
 * next class that shares the application context.
 *
 * <pre>
 * &#64;RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 0);
 * </pre>
 *
 * A test moves time on with {@link #setParisTime} or {@link #set}. Registered on a {@code static}
 * field, the clock is also at the start time while {@code @BeforeAll} methods run, for classes that
 * build their data once.
 */
public final class TestClockExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final ZonedDateTime start;

  private TestClockExtension(ZonedDateTime start) {
    this.start = start;
  }

  /** Each test starts on the real time; what it moves is given back after it. */
  public static TestClockExtension realTime() {
    return new TestClockExtension(null);
  }

  /** Each test starts at this time in Paris, where Asekkey works. */
  public static TestClockExtension parisTime(int year, int month, int day, int hour, int minute) {
    return new TestClockExtension(paris(year, month, day, hour, minute));
  }

  public void setParisTime(int year, int month, int day, int hour, int minute) {
    set(paris(year, month, day, hour, minute));
  }

  public void set(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (start != null) {
      set(start);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (start != null) {
      set(start);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClockUtil.reset();
  }

  private static ZonedDateTime paris(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS);
  }
}
