package fr.escalade.system;

import java.text.Normalizer;
import java.util.Locale;

/** Text as people compare it: "Réclamation", "RECLAMATION" and "réclamation" are the same word. */
public final class PlainText {

  private PlainText() {}

  /** Lower case without accents. */
  public static String of(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
