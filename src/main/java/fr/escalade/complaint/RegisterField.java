package fr.escalade.complaint;

import java.util.function.Function;

/**
 * One fact the register records about a complaint, with the names its readers give it.
 *
 * @param name its name in the API's lists and sort parameter (JSON)
 * @param csvHeader its column in the CSV export; null when the export leaves it out
 * @param viewPath where {@code GET /api/complaints/{reference}} shows it: a property, or a group
 *     and a property ({@code "delay.reason"}); null when the view leaves it out
 * @param attribute the entity's attribute path, to sort by
 * @param read reads it from a complaint
 */
public record RegisterField(
    String name, String csvHeader, String viewPath, String attribute, Function<Complaint, Object> read) {

  /** A fact every reader names alike: {@code name} in JSON, its snake case in the CSV. */
  static RegisterField of(String name, Function<Complaint, Object> read) {
    return new RegisterField(name, snakeCase(name), name, name, read);
  }

  public Object valueOf(Complaint complaint) {
    return read.apply(complaint);
  }

  RegisterField shownAs(String viewPath) {
    return new RegisterField(name, csvHeader, viewPath, attribute, read);
  }

  RegisterField storedAt(String attribute) {
    return new RegisterField(name, csvHeader, viewPath, attribute, read);
  }

  RegisterField notExported() {
    return new RegisterField(name, null, viewPath, attribute, read);
  }

  RegisterField notShown() {
    return new RegisterField(name, csvHeader, null, attribute, read);
  }

  private static String snakeCase(String name) {
    return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }
}
