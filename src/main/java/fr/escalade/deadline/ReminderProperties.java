package fr.escalade.deadline;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When agents are reminded of a deadline.
 *
 * @param acknowledgementDaysBefore working days before the acknowledgement deadline
 * @param answerDaysBefore working days before the answer deadline
 * @param timeOfDay local time of the firm at which reminders go out
 * @param promisedAnswerDaysBefore working days before the answer date a delay notice announced
 * @param answerEscalationEvery how often supervisors hear again of a complaint still unanswered after
 *     its answer deadline
 * @param mediatorFileDaysBefore working days before the mediator's file is due
 */
@Validated
@ConfigurationProperties("escalade.reminders")
public record ReminderProperties(
    @DefaultValue("3") @Min(0) int acknowledgementDaysBefore,
    @DefaultValue("10") @Min(0) int answerDaysBefore,
    @DefaultValue("09:00") LocalTime timeOfDay,
    @DefaultValue("2") @Min(0) int promisedAnswerDaysBefore,
    @DefaultValue("P7D") @NotNull Period answerEscalationEvery,
    @DefaultValue("5") @Min(0) int mediatorFileDaysBefore) {

  public ReminderProperties {
    if (answerEscalationEvery.isNegative() || answerEscalationEvery.isZero()) {
      throw new IllegalArgumentException("escalade.reminders.answer-escalation-every must be a positive period");
    }
  }
}
