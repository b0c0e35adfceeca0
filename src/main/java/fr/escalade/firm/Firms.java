package fr.escalade.firm;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Looks firms up by identifier. */
@Component
public class Firms {

  private final Map<String, Firm> firms;

  Firms(FirmProperties properties) {
    this.firms = Map.copyOf(properties.firms());
  }

  public Optional<Firm> find(String id) {
    return Optional.ofNullable(id).map(firms::get);
  }

  public Firm get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown firm: " + id));
  }

  public Set<String> ids() {
    return new TreeSet<>(firms.keySet());
  }
}
