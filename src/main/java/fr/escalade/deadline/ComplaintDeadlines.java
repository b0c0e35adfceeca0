package fr.escalade.deadline;

import java.time.LocalDate;

/**
 * Every date the procedure promises for one complaint, all counted from {@code startDate}.
 *
 * @param startDate the date the complaint was sent, or received when the sending date is unknown
 * @param acknowledgementDue last day to send the written acknowledgement
 * @param answerDue last day to send the reasoned answer (shared by levels 1 and 2)
 * @param mediationOpens first day the client may refer the complaint to the mediator
 * @param mediationCloses last day the client may refer the complaint to the mediator
 * @param acknowledgementReminder day the agents are reminded of the acknowledgement deadline
 * @param answerReminder day the agents are reminded of the answer deadline
 * @param acknowledgementTarget the date the firm aims for: the acknowledgement deadline, or the last
 *     working day before it when it falls on a rest day or a holiday (letters, forms and reminders
 *     show it; the register keeps the legal date)
 * @param answerTarget the same for the answer deadline
 */
public record ComplaintDeadlines(
    LocalDate startDate,
    LocalDate acknowledgementDue,
    LocalDate answerDue,
    LocalDate mediationOpens,
    LocalDate mediationCloses,
    LocalDate acknowledgementReminder,
    LocalDate answerReminder,
    LocalDate acknowledgementTarget,
    LocalDate answerTarget) {

  /** Deadlines whose legal dates are the dates aimed for (no rest day to step back from). */
  public ComplaintDeadlines(
      LocalDate startDate,
      LocalDate acknowledgementDue,
      LocalDate answerDue,
      LocalDate mediationOpens,
      LocalDate mediationCloses,
      LocalDate acknowledgementReminder,
      LocalDate answerReminder) {
    this(
        startDate, acknowledgementDue, answerDue, mediationOpens, mediationCloses,
        acknowledgementReminder, answerReminder, acknowledgementDue, answerDue);
  }
}
