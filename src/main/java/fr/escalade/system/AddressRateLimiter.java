package fr.escalade.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts what each client address does in fixed windows and refuses past a limit. In memory: a
 * restart forgets the counts, which only ever lets a client through. The address is the one the
 * server resolved ({@code request.getRemoteAddr()}), never a header the client can write. An IPv6
 * client counts by its /64: one subscriber or host usually holds a whole /64, and would otherwise get
 * a new quota with each of its 2^64 addresses.
 */
public class AddressRateLimiter {

  /** Beyond this many addresses tracked, expired windows are swept before a new one is added. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  /** Counts on the wall clock, not the engine's: tests and time travel must not open the gates. */
  public AddressRateLimiter(int limit, Duration window) {
    this(limit, window, Clock.systemUTC());
  }

  AddressRateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  private record Window(long startMillis, int count) {}

  /** Counts one more request from {@code address}; false when it is over the limit. */
  public boolean tryAcquire(String client) {
    String address = key(client);
    long now = clock.millis();
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> now - w.startMillis() >= window.toMillis());
    }
    Window current =
        windows.compute(address, (key, w) ->
            w == null || now - w.startMillis() >= window.toMillis() ? new Window(now, 1) : new Window(w.startMillis(), w.count() + 1));
    return current.count() <= limit;
  }

  /** Whether {@code address} has used its quota of the current window, without counting this look. */
  public boolean isOverLimit(String client) {
    Window w = windows.get(key(client));
    return w != null && clock.millis() - w.startMillis() < window.toMillis() && w.count() >= limit;
  }

  /** How long the address still has to wait, rounded up to the second, for a Retry-After header. */
  public long secondsToWait(String client) {
    Window w = windows.get(key(client));
    if (w == null) {
      return 0;
    }
    long left = window.toMillis() - (clock.millis() - w.startMillis());
    return Math.max(1, (left + 999) / 1000);
  }

  /** How long the address still has to wait, rounded up to the minute, for the message. */
  public long minutesToWait(String client) {
    Window w = windows.get(key(client));
    if (w == null) {
      return 0;
    }
    long left = window.toMillis() - (clock.millis() - w.startMillis());
    return Math.max(1, (left + 59_999) / 60_000);
  }

  /** What a client counts as: an IPv4 address (IPv4-mapped IPv6 included) as it is, an IPv6 address by its /64. */
  static String key(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address;
    }
    try {
      // a literal with a colon is parsed, never looked up; its zone (%eth0) names no client
      int zone = address.indexOf('%');
      byte[] bytes = InetAddress.getByName(zone < 0 ? address : address.substring(0, zone)).getAddress();
      if (bytes.length == 4) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }
}
