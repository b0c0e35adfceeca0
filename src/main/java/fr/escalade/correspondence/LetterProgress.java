package fr.escalade.correspondence;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.Deadline;
import fr.escalade.complaint.Deadlines;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Where the letters that meet a deadline stand, for the process's gateways: a deadline is met only
 * when its letter has left (the register has its sent date), not when it was written.
 */
@Service
public class LetterProgress {

  /** Where a deadline's letters stand. */
  public enum Progress {
    /** A letter that meets it has left: the register has its date. */
    SENT,
    /** A letter that meets it is written but has not left yet (PENDING, TO_PRINT or FAILED). */
    WRITTEN,
    /** No letter that meets it was written. */
    NOT_WRITTEN
  }

  /** An answer within the acknowledgement period stands for the acknowledgement, so it meets both. */
  private static final Set<LetterType> MEET_ACKNOWLEDGEMENT =
      EnumSet.of(
          LetterType.ACKNOWLEDGEMENT, LetterType.ANSWER, LetterType.FIRST_CONTACT_CONFIRMATION,
          LetterType.ORAL_SETTLEMENT_CONFIRMATION);

  private static final Set<LetterType> MEET_ANSWER =
      EnumSet.of(LetterType.ANSWER, LetterType.FIRST_CONTACT_CONFIRMATION, LetterType.ORAL_SETTLEMENT_CONFIRMATION);

  static final Set<LetterStatus> NOT_LEFT = EnumSet.of(LetterStatus.PENDING, LetterStatus.TO_PRINT, LetterStatus.FAILED);

  private final LetterRepository letters;

  LetterProgress(LetterRepository letters) {
    this.letters = letters;
  }

  /**
   * Where the letters meeting {@code deadline} stand: ACKNOWLEDGEMENT, or ANSWER (PROMISED_ANSWER,
   * the date a delay notice announced, is met by the answer too).
   *
   * @throws IllegalArgumentException for a deadline no letter to the client meets
   */
  public Progress of(Complaint complaint, Deadline deadline) {
    Deadlines dates = complaint.getDeadlines();
    return switch (deadline) {
      // an answer that left, even after the acknowledgement period, leaves nothing to acknowledge
      case ACKNOWLEDGEMENT ->
          dates.acknowledgedOn() != null || dates.getAnswerSentOn() != null
              ? Progress.SENT
              : writtenOrNot(complaint, MEET_ACKNOWLEDGEMENT);
      case ANSWER, PROMISED_ANSWER ->
          dates.getAnswerSentOn() != null ? Progress.SENT : writtenOrNot(complaint, MEET_ANSWER);
      default -> throw new IllegalArgumentException("No letter to the client meets the deadline " + deadline);
    };
  }

  /** Whether an acknowledgement, or a letter standing for it, was written at all, left or not. */
  public boolean acknowledgementWritten(String reference) {
    return letters.existsByComplaintReferenceAndTypeIn(reference, MEET_ACKNOWLEDGEMENT);
  }

  private Progress writtenOrNot(Complaint complaint, Set<LetterType> meeting) {
    return letters.existsByComplaintReferenceAndTypeInAndStatusIn(complaint.getReference(), meeting, NOT_LEFT)
        ? Progress.WRITTEN
        : Progress.NOT_WRITTEN;
  }
}
