package fr.escalade.firm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Looks mediators up by identifier, and says which one a firm's complaints go to by default: the
 * firm's own ({@code escalade.firms.<id>.mediator}), or else {@code escalade.default-mediator}.
 * Refuses to start when an identifier named there is not configured, or a mediator cannot be
 * written to: a complaint must never be registered with a mediator nobody can reach.
 */
@Component
public class Mediators {

  private final Map<String, Mediator> mediators;
  private final String defaultId;
  private final Map<String, Firm> firms;

  public Mediators(MediatorProperties properties, FirmProperties firmProperties) {
    this.mediators = Map.copyOf(properties.mediators());
    this.defaultId = properties.defaultMediator().strip();
    this.firms = Map.copyOf(firmProperties.firms());
    List<String> problems = new ArrayList<>();
    if (!mediators.containsKey(defaultId)) {
      problems.add("escalade.default-mediator names '" + defaultId + "', which is not configured");
    }
    firms.forEach((id, firm) -> {
      if (firm.mediator() != null && !mediators.containsKey(firm.mediator().strip())) {
        problems.add("escalade.firms." + id + ".mediator names '" + firm.mediator() + "', which is not configured");
      }
    });
    mediators.forEach((id, mediator) -> {
      if (!mediator.isReachable()) {
        problems.add("escalade.mediators." + id + " needs an email or a postal-address: the firm sends it its file");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Mediators misconfigured: " + String.join("; ", problems) + ". Configured mediators (escalade.mediators): " + ids());
    }
  }

  public Optional<Mediator> find(String id) {
    return Optional.ofNullable(id).map(mediators::get);
  }

  public Mediator get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown mediator: " + id));
  }

  public boolean isKnown(String id) {
    return id != null && mediators.containsKey(id);
  }

  /** The identifier of the mediator a new complaint of the firm goes to. */
  public String defaultIdFor(String firmId) {
    Firm firm = firms.get(firmId);
    return firm == null || firm.mediator() == null ? defaultId : firm.mediator().strip();
  }

  /** The mediator a new complaint of the firm goes to, as its public page names it. */
  public Mediator defaultFor(String firmId) {
    return get(defaultIdFor(firmId));
  }

  public Set<String> ids() {
    return new TreeSet<>(mediators.keySet());
  }
}
