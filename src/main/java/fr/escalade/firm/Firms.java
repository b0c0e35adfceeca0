package fr.escalade.firm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Looks firms up by identifier. */
@Component
public class Firms {

  private final Map<String, Firm> firms;
  private final Clock clock;

  Firms(FirmProperties properties, Clock clock) {
    this.firms = Map.copyOf(properties.firms());
    this.clock = clock;
  }

  /** Today where each firm works, by firm: a register spanning time zones has more than one. */
  public Map<String, LocalDate> todayByFirm() {
    Map<String, LocalDate> today = new java.util.TreeMap<>();
    firms.keySet().forEach(id -> today.put(id, today(id)));
    return today;
  }

  /** Today where the firm works: its deadlines and the register's dates are in its time zone. */
  public LocalDate today(String id) {
    return LocalDate.now(clock.withZone(get(id).calendar().timeZone()));
  }

  public Optional<Firm> find(String id) {
    return Optional.ofNullable(id).map(firms::get);
  }

  public Firm get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown firm: " + id));
  }

  /** Every firm's name by identifier, in identifier order: for choosing a firm on a page. */
  public Map<String, String> names() {
    Map<String, String> names = new java.util.TreeMap<>();
    firms.forEach((id, firm) -> names.put(id, firm.name()));
    return names;
  }

  public Set<String> ids() {
    return new TreeSet<>(firms.keySet());
  }
}
