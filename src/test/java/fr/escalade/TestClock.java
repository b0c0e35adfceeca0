package fr.escalade;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine's clock, which the whole application reads (see EngineClock). */
public final class TestClock {

  private TestClock() {}

  public static void setParisTime(int year, int month, int day, int hour, int minute) {
    set(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZoneId.of("Europe/Paris")));
  }

  public static void set(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
