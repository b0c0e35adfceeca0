package fr.escalade.complaint;

/** Where a complaint stands in the graduated procedure. */
public enum ComplaintStatus {
  /** Registered; staff still have to tell a complaint from a simple request. */
  QUALIFYING,
  /** With the usual interlocutor, who tries to settle it amicably (level 1). */
  AT_FIRST_CONTACT,
  /** With the complaints service, being investigated and answered (level 2). */
  WITH_COMPLAINTS_SERVICE,
  /** Answered; the client may still refer it to the mediator. */
  ANSWERED,
  /** Referred to the mediator (level 3). */
  WITH_MEDIATOR,
  CLOSED
}
