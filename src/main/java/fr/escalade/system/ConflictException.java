package fr.escalade.system;

/** The request is well-formed but cannot apply to the current state; answered with a 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
