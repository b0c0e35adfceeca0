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
 */
public record ComplaintDeadlines(
    LocalDate startDate,
    LocalDate acknowledgementDue,
    LocalDate answerDue,
    LocalDate mediationOpens,
    LocalDate mediationCloses,
    LocalDate acknowledgementReminder,
    LocalDate answerReminder) {}
