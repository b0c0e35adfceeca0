package fr.escalade.process.answer;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Deadline;
import fr.escalade.complaint.DelayNotice;
import fr.escalade.complaint.Outcome;
import fr.escalade.complaint.TrackingLinks;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What the complaints service's steps do to a complaint: each writes the client's letter and
 * records it in the register, from the complaint it loads once.
 */
@Service
class AnswerSteps {

  private final ComplaintRegister register;
  private final LetterWriter letters;
  private final TrackingLinks trackingLinks;

  AnswerSteps(ComplaintRegister register, LetterWriter letters, TrackingLinks trackingLinks) {
    this.register = register;
    this.letters = letters;
    this.trackingLinks = trackingLinks;
  }

  /** The reasoned answer as the agent wrote it and the supervisor, when asked, approved it. */
  record Answer(Outcome outcome, String category, BigDecimal amountAtStake, String text) {}

  /** Acknowledges the complaint, unless Escalade already did when nobody had by the reminder. */
  void acknowledge(String reference) {
    Complaint complaint = register.get(reference);
    if (complaint.getDeadlines().isAcknowledgementAutomatic()) {
      return;
    }
    writeAcknowledgement(complaint);
  }

  void acknowledgeAutomatically(String reference) {
    Complaint complaint = register.get(reference);
    writeAcknowledgement(complaint);
    register.recordAutomaticAcknowledgement(complaint);
  }

  private void writeAcknowledgement(Complaint complaint) {
    // a client who filed online has a link since the receipt; any other gets one here
    Map<String, Object> details = new HashMap<>();
    trackingLinks.issueIfMissing(complaint).ifPresent(url -> details.put("trackingUrl", url));
    // the register dates the acknowledgement when its letter leaves (correspondence/LetterSentDates)
    letters.write(LetterType.ACKNOWLEDGEMENT, complaint, details);
  }

  /**
   * Tells the client of the delay and keeps the notice, which says whether it came too late. A
   * further notice cites the date the previous one promised, and the day that one was sent.
   */
  DelayNotice announceDelay(String reference, String reason, LocalDate expectedOn) {
    Complaint complaint = register.get(reference);
    Map<String, Object> details = new HashMap<>(Map.of("delayReason", reason, "expectedAnswerOn", expectedOn));
    LocalDate promisedBefore = complaint.dueOn(Deadline.PROMISED_ANSWER);
    if (promisedBefore != null) {
      details.put("promisedBefore", promisedBefore);
      List<DelayNotice> notices = complaint.getDelayNotices();
      if (!notices.isEmpty() && notices.get(notices.size() - 1).getSentOn() != null) {
        details.put("previousNoticeSentOn", notices.get(notices.size() - 1).getSentOn());
      }
    }
    letters.write(LetterType.DELAY_NOTICE, complaint, details);
    return register.recordDelayNotice(complaint, reason, expectedOn);
  }

  /** The answer letter as the client would receive it, neither saved nor sent. */
  Letter previewAnswer(String reference, String answerText) {
    return letters.preview(LetterType.ANSWER, register.get(reference), Map.of("answerText", answerText));
  }

  /** Sends the answer and returns the complaint as answered. */
  Complaint answer(String reference, Answer answer) {
    Complaint complaint = register.get(reference);
    letters.write(LetterType.ANSWER, complaint, Map.of("answerText", answer.text()));
    register.recordAnswer(complaint, answer.outcome(), answer.category(), answer.amountAtStake());
    return complaint;
  }
}
