package fr.escalade.firm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Looks up the insurers each firm places contracts with. Refuses to start when an insurer cannot be
 * written to, or belongs to a firm that is not configured: a complaint must never be forwarded to a
 * complaints service nobody can reach.
 */
@Component
public class Insurers {

  /** Insurers by identifier, in identifier order, by firm. */
  private final Map<String, Map<String, Insurer>> byFirm;

  public Insurers(InsurerProperties properties, FirmProperties firmProperties) {
    Map<String, Map<String, Insurer>> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, InsurerProperties.FirmInsurers> configured = properties.firms() == null ? Map.of() : properties.firms();
    configured.forEach((firm, settings) -> {
      if (settings == null || settings.insurers() == null || settings.insurers().isEmpty()) {
        return;
      }
      if (!firmProperties.firms().containsKey(firm)) {
        problems.add("escalade.firms." + firm + ".insurers belongs to no configured firm (a firm needs a name, levels, …)");
        return;
      }
      settings.insurers().forEach((id, insurer) -> {
        if (insurer == null) {
          problems.add("escalade.firms." + firm + ".insurers." + id + " is empty: give it a name, a complaints-service and an email or a postal-address");
        } else if (!insurer.isReachable()) {
          problems.add("escalade.firms." + firm + ".insurers." + id
              + " needs an email or a postal-address: the firm forwards it the complaints about its contracts");
        }
      });
      found.put(firm, new TreeMap<>(settings.insurers()));
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Insurers misconfigured: " + String.join("; ", problems) + ".");
    }
    this.byFirm = found;
  }

  /** The insurer {@code id} of the firm; empty when the firm does not configure it. */
  public Optional<Insurer> find(String firm, String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(of(firm).get(id));
  }

  public Insurer get(String firm, String id) {
    return find(firm, id).orElseThrow(() -> new IllegalArgumentException("Firm " + firm + " has no insurer " + id));
  }

  public boolean isKnown(String firm, String id) {
    return find(firm, id).isPresent();
  }

  /** The firm's insurers by identifier, in identifier order; none for a firm that configures none. */
  public Map<String, Insurer> of(String firm) {
    return java.util.Collections.unmodifiableMap(byFirm.getOrDefault(firm, new LinkedHashMap<>()));
  }
}
