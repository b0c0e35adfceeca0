package fr.escalade.correspondence;

/** Where a letter is on its way to its recipient. */
public enum LetterStatus {
  /** Written and recorded; waiting to be delivered. */
  PENDING,
  SENT,
  FAILED,
  TO_PRINT,
  PRINTED,
  /** A message the firm received. */
  RECEIVED
}
