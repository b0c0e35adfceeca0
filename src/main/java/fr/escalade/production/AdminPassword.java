package fr.escalade.production;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes the first administrator's password too weak for production: short, the user name
 * again, of one kind of character only ("abcdefghijkl"), or a well-known default once digits and
 * punctuation are set aside ("Admin2024!" is "admin").
 */
final class AdminPassword {

  static final int MINIMUM_LENGTH = 12;

  static final Set<String> KNOWN_DEFAULTS =
      Set.of("demo", "admin", "administrator", "administrateur", "password", "motdepasse", "camunda", "escalade",
          "changeme", "secret", "root", "postgres", "test", "qwerty", "azerty", "letmein", "welcome", "bienvenue");

  private AdminPassword() {}

  /** Why the password is weak, or empty when it is not. */
  static Optional<String> weakness(String user, String password) {
    if (password.length() < MINIMUM_LENGTH) {
      return Optional.of("has fewer than " + MINIMUM_LENGTH + " characters");
    }
    if (password.equalsIgnoreCase(user)) {
      return Optional.of("is the user name");
    }
    String letters = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (letters.isEmpty()) {
      return Optional.of("has no letter");
    }
    if (kinds(password) < 2) {
      return Optional.of("has one kind of character only (mix lower case, upper case, digits or punctuation)");
    }
    if (KNOWN_DEFAULTS.contains(letters) || letters.equals(user.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))
        || isRepetitionOfDefault(letters)) {
      return Optional.of("is a well-known default password");
    }
    return Optional.empty();
  }

  private static long kinds(String password) {
    return password.codePoints()
        .mapToObj(c -> Character.isLowerCase(c) ? "lower" : Character.isUpperCase(c) ? "upper" : Character.isDigit(c) ? "digit" : "other")
        .distinct().count();
  }

  // "adminadminadmin" is no stronger than "admin"
  private static boolean isRepetitionOfDefault(String letters) {
    return KNOWN_DEFAULTS.stream()
        .anyMatch(known -> letters.length() % known.length() == 0 && letters.equals(known.repeat(letters.length() / known.length())));
  }
}
