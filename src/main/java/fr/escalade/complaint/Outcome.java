package fr.escalade.complaint;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** How a complaint ended for the client, as the register records it. */
public enum Outcome {
  FAVOURABLE("Favorable"),
  PARTLY_FAVOURABLE("Partiellement favorable"),
  UNFAVOURABLE("Défavorable"),
  WITHDRAWN("Retirée"),
  NOT_A_COMPLAINT("Simple demande, pas une réclamation");

  /**
   * The outcomes of an answer (or of a settlement's written confirmation): a letter to the client
   * carries them, and the complaint is answered once that letter has left.
   */
  public static final Set<Outcome> ANSWERED =
      Collections.unmodifiableSet(EnumSet.of(FAVOURABLE, PARTLY_FAVOURABLE, UNFAVOURABLE));

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** The French name pages show. */
  public String label() {
    return label;
  }
}
