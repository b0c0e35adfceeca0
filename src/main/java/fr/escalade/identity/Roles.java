package fr.escalade.identity;

import java.util.Map;

/** The Camunda groups Escalade's users work in; the diagram's candidate groups are these ids. */
public final class Roles {

  public static final String ADMIN = "camunda-admin";
  public static final String FIRST_CONTACT = "firstContact";
  public static final String COMPLAINTS_SERVICE = "complaintsService";
  public static final String SUPERVISORS = "supervisors";

  /** The working groups with their names as users see them. */
  public static final Map<String, String> GROUP_NAMES =
      Map.of(
          FIRST_CONTACT, "Premier contact",
          COMPLAINTS_SERVICE, "Service réclamations",
          SUPERVISORS, "Superviseurs");

  private Roles() {}
}
