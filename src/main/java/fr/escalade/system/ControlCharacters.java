package fr.escalade.system;

/**
 * Characters no one types in a name, an address or a letter: the control characters other than
 * tab and line breaks, and the invisible ones that reorder or hide text (bidi embeddings, overrides
 * and isolates, zero-width characters and marks, the byte-order mark). PostgreSQL refuses NUL in text
 * outright (a 500 after the fact), and the others would reach the client's letters and the staff's
 * screens — a name that reads otherwise than it is written; so they are refused where text comes in.
 */
public final class ControlCharacters {

  public static final String MESSAGE = "contains a control character or an invisible formatting character such as a bidi override or a zero-width space (only tab and line breaks are allowed)";

  private ControlCharacters() {}

  public static boolean isForbidden(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' || isInvisibleFormatting(c);
  }

  // U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200B–U+200F zero-width and marks, U+FEFF
  private static boolean isInvisibleFormatting(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c >= 0x200B && c <= 0x200F || c == 0xFEFF;
  }

  public static boolean in(CharSequence text) {
    return text != null && text.chars().anyMatch(ControlCharacters::isForbidden);
  }
}
