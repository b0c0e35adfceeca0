package fr.escalade.correspondence;

/** How a letter travels. */
public enum DeliveryChannel {
  EMAIL,
  POST,
  /** Internal notices to staff (reminders, escalations). */
  INTERNAL
}
