package fr.escalade.correspondence;

/** How a letter travels. */
public enum DeliveryChannel {
  EMAIL("E-mail"),
  POST("Courrier postal"),
  /** Internal notices to staff (reminders, escalations). */
  INTERNAL("Message interne");

  private final String label;

  DeliveryChannel(String label) {
    this.label = label;
  }

  /** The French name staff read (staff pages, the register's French CSV). */
  public String label() {
    return label;
  }
}
