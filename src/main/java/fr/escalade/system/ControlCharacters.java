package fr.escalade.system;

/**
 * Characters no one types in a name, an address or a letter: the control characters other than
 * tab and line breaks. PostgreSQL refuses NUL in text outright (a 500 after the fact), and the others
 * would reach the client's letters and the staff's screens; so they are refused where text comes in.
 */
public final class ControlCharacters {

  public static final String MESSAGE = "contains a control character (only tab and line breaks are allowed)";

  private ControlCharacters() {}

  public static boolean isForbidden(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
  }

  public static boolean in(CharSequence text) {
    return text != null && text.chars().anyMatch(ControlCharacters::isForbidden);
  }
}
