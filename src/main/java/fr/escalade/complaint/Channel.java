package fr.escalade.complaint;

/** How a complaint reached the firm. */
public enum Channel {
  EMAIL,
  POST,
  PHONE,
  WEB,
  COUNTER
}
