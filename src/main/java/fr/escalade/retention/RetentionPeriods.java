package fr.escalade.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each firm keeps a closed complaint's file, from the day it was closed: {@code
 * escalade.firms.<id>.retention} (an ISO period, {@code P5Y} when not set), read beside the firm's
 * other settings. After it the client's personal data may be erased and the engine's history of
 * the complaint is removed.
 */
@ConfigurationProperties("escalade")
public record RetentionPeriods(Map<String, FirmRetention> firms) {

  static final Period DEFAULT = Period.ofYears(5);

  public record FirmRetention(@DefaultValue("P5Y") Period retention) {}

  public RetentionPeriods {
    firms = firms == null ? Map.of() : Map.copyOf(firms);
    firms.forEach((firm, settings) -> {
      if (settings.retention().isNegative() || settings.retention().isZero()) {
        throw new IllegalArgumentException("escalade.firms." + firm + ".retention must be a positive period");
      }
    });
  }

  /** How long {@code firm} keeps a closed complaint's file (the public page tells clients). */
  public Period of(String firm) {
    FirmRetention settings = firms.get(firm);
    return settings == null ? DEFAULT : settings.retention();
  }

  /** The first day the file of a complaint of {@code firm} closed on {@code closedOn} need no longer be kept. */
  LocalDate endsOn(String firm, LocalDate closedOn) {
    return closedOn.plus(of(firm));
  }
}
