package fr.escalade.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock, read from the process engine's, so that a test that moves the engine's
 * time (and fires its timers) moves every date the application stamps along with it.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
