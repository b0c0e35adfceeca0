package fr.escalade.retention;

/** What stands in place of erased personal data, in the register, the letters and the API. */
final class ErasedData {

  static final String MARKER = "[données effacées]";

  private ErasedData() {}
}
