package fr.escalade.correspondence;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes letters leave in tests, as they would in the firm: since the register dates the
 * acknowledgement and the answer when their letters leave, a test that checks those dates lets them
 * leave first.
 *
 * <pre>
 * &#64;Autowired LetterDelivery delivery;
 * delivery.deliverAndPrint();            // the dispatcher, then the post room (needs GreenMail on 3925)
 * delivery.leave(complaint.getReference()); // no mail server: this complaint's letters leave now
 * </pre>
 */
@Component
public class LetterDelivery {

  private final LetterDispatcher dispatcher;
  private final LetterRepository letters;
  private final LetterSentDates sentDates;
  private final TransactionTemplate transactions;
  private final Clock clock;

  LetterDelivery(
      LetterDispatcher dispatcher,
      LetterRepository letters,
      LetterSentDates sentDates,
      TransactionTemplate transactions,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.letters = letters;
    this.sentDates = sentDates;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Delivers every letter due now through SMTP (GreenMail in tests) and marks every postal letter
   * waiting to be printed as printed, as the post room does through the API.
   */
  public void deliverAndPrint() {
    while (dispatcher.deliverDue() > 0) {
      // until nothing is due
    }
    transactions.executeWithoutResult(status ->
        letters.findByStatusOrderByCreatedAtAscIdAsc(LetterStatus.TO_PRINT).forEach(this::print));
  }

  /**
   * Every letter of the complaint that has not left leaves now, without a mail server: e-mails as if
   * the SMTP server accepted them, postal letters as if printed. For process tests that only need
   * the register's sent dates.
   */
  public void leave(String reference) {
    transactions.executeWithoutResult(status ->
        letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference).stream()
            .filter(letter -> LetterProgress.NOT_LEFT.contains(letter.getStatus()))
            .forEach(letter -> {
              Instant now = clock.instant();
              if (letter.getChannel() == DeliveryChannel.POST) {
                letter.readyToPrint(null);
                print(letter);
              } else {
                letter.sent(now);
                sentDates.left(letter, now);
              }
            }));
  }

  private void print(Letter letter) {
    Instant now = clock.instant();
    letter.printed(now);
    sentDates.left(letter, now);
  }
}
