package fr.escalade.complaint;

/** How the handling of a complaint by the firm (levels 1 and 2) ended. */
public enum HandlingOutcome {
  NOT_A_COMPLAINT,
  SETTLED_AT_FIRST_CONTACT,
  ANSWERED
}
