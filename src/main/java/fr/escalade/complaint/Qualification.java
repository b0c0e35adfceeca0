package fr.escalade.complaint;

/** What staff found a message to be when they qualified it. */
public enum Qualification {
  /** An expression of dissatisfaction: the procedure and its clocks apply. */
  COMPLAINT,
  /** A request for information, an opinion, a service or the execution of the contract. */
  REQUEST
}
