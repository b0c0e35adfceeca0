package fr.escalade.correspondence;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.Firms;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Gives the register the day a client's acknowledgement or answer left: the day its e-mail was
 * accepted by the SMTP server, or its postal letter was marked printed, where the firm works. Called
 * in the transaction that gives the letter its new status, so the register and the letter agree.
 * The first letter of a kind to leave sets the date; the register ignores later ones.
 */
@Component
class LetterSentDates {

  private final ComplaintRegister register;
  private final Firms firms;

  LetterSentDates(ComplaintRegister register, Firms firms) {
    this.register = register;
    this.firms = firms;
  }

  void left(Letter letter, Instant at) {
    LetterType type = letter.getType();
    boolean acknowledgement = type == LetterType.ACKNOWLEDGEMENT;
    // the written confirmation of a settlement at first contact answers the complaint
    boolean answer =
        type == LetterType.ANSWER
            || type == LetterType.FIRST_CONTACT_CONFIRMATION
            || type == LetterType.ORAL_SETTLEMENT_CONFIRMATION;
    if (!acknowledgement && !answer) {
      return;
    }
    Complaint complaint = register.get(letter.getComplaintReference());
    LocalDate day = LocalDate.ofInstant(at, firms.get(complaint.getFirm()).calendar().timeZone());
    if (acknowledgement) {
      register.recordAcknowledgementSent(complaint, day);
    } else {
      register.recordAnswerSent(complaint, day);
    }
  }
}
