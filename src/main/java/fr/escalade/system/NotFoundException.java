package fr.escalade.system;

/** Something the request names does not exist; answered with a 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
