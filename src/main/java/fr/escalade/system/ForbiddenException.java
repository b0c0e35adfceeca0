package fr.escalade.system;

/** The caller is known but their group may not do this; answered with a 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
