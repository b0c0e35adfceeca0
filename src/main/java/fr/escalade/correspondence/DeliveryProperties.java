package fr.escalade.correspondence;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How recorded letters are delivered.
 *
 * @param schedulerEnabled whether a background worker delivers due letters (tests call it directly)
 * @param pollInterval how often the worker looks for due letters
 * @param retryDelays the wait before each new attempt after a failure; when they are used up, the
 *     letter is FAILED and an incident is raised on the complaint's process
 * @param claimTimeout how long a node may hold a letter it is delivering; past it, another attempt
 *     may start (same Message-ID, so a resent e-mail is the same message)
 * @param batchSize how many letters one pass delivers at most
 */
@ConfigurationProperties("escalade.delivery")
public record DeliveryProperties(
    @DefaultValue("true") boolean schedulerEnabled,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue({"1m", "5m", "15m", "1h", "4h"}) List<Duration> retryDelays,
    @DefaultValue("10m") Duration claimTimeout,
    @DefaultValue("20") int batchSize) {

  /** The wait after the given number of failed attempts, or null when none is left. */
  Duration delayAfter(int failedAttempts) {
    return failedAttempts <= retryDelays.size() ? retryDelays.get(failedAttempts - 1) : null;
  }
}
