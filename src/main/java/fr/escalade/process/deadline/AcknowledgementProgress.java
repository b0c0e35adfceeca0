package fr.escalade.process.deadline;

/**
 * Where the acknowledgement a complaint is owed stands when its reminder or its deadline falls; the
 * diagram's gateways route on these names ({@code acknowledgementProgress}).
 */
public enum AcknowledgementProgress {
  /** The acknowledgement, or an answer standing for it, has left. */
  SENT,
  /** Written but not yet left (to print, being retried): the letter watch alerts supervisors. */
  WRITTEN,
  /** Nothing written for a message qualified as a complaint: Escalade sends the form letter. */
  OWED,
  /**
   * Nothing written, and nobody has yet said whether the message is a complaint — or the firm has no
   * address to write to (an oral complaint): the agents are reminded.
   */
  UNQUALIFIED
}
