package fr.escalade.complaint;

/** How a complaint ended for the client, as the register records it. */
public enum Outcome {
  FAVOURABLE,
  PARTLY_FAVOURABLE,
  UNFAVOURABLE,
  WITHDRAWN,
  NOT_A_COMPLAINT
}
