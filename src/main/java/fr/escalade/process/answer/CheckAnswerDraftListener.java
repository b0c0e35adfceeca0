package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Deadline;
import fr.escalade.firm.Firms;
import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the answer step: a ready answer needs its outcome, category and text, and who drafted it is
 * kept for the four-eyes rule; a delay needs its
 * reason and an expected answer date after the deadline, after any date promised before, still to
 * come and within the year.
 */
@Component("checkAnswerDraft")
class CheckAnswerDraftListener implements TaskListener {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Firms firms;
  private final ComplaintRegister register;

  CheckAnswerDraftListener(Firms firms, ComplaintRegister register) {
    this.firms = firms;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    String status = input.requiredChoice(ANSWER_STATUS, "État de la réponse", Choices.of(ANSWER_STATUS));
    if (Choices.READY.equals(status)) {
      input.requiredChoice(OUTCOME, "Sens de la réponse", Choices.of(OUTCOME));
      input.requiredChoice(CATEGORY, "Catégorie", Choices.of(CATEGORY));
      input.optionalAmount(AMOUNT_AT_STAKE, "Montant en jeu (€)");
      input.requiredText(ANSWER_TEXT, "Réponse motivée au client", 20_000);
      // the four-eyes rule: whoever drafted it may not approve it (CheckApprovalListener)
      input.set(ANSWER_DRAFTED_BY, input.completingUser());
    } else if (Choices.DELAYED.equals(status)) {
      input.requiredText(DELAY_REASON, "Raison du retard", 2000);
      LocalDate expected = input.requiredDate(EXPECTED_ANSWER_ON, "Date de réponse prévue");
      if (expected != null) {
        checkExpectedDate(input, expected, register.get(task.getExecution().getProcessBusinessKey()), firms.today((String) task.getVariable(FIRM)));
      }
      if (expected != null) {
        input.set(EXPECTED_ANSWER_ON, expected.toString());
      }
    }
    input.check();
  }

  /**
   * A delay is announced for a date after the answer deadline (before it, the answer is not late),
   * after the date any earlier notice promised, still to come, and within the year the client has to
   * go to the mediator.
   */
  private static void checkExpectedDate(TaskInput input, LocalDate expected, Complaint complaint, LocalDate today) {
    LocalDate answerDue = complaint.getDeadlines().getAnswerDueOn();
    LocalDate promised = complaint.dueOn(Deadline.PROMISED_ANSWER);
    if (!expected.isAfter(answerDue)) {
      input.problem("la date de réponse prévue doit être postérieure à l'échéance de réponse du " + FRENCH_DATE.format(answerDue));
    } else if (promised != null && !expected.isAfter(promised)) {
      input.problem("la date de réponse prévue doit être postérieure à la date annoncée précédemment, le " + FRENCH_DATE.format(promised));
    } else if (!expected.isAfter(today)) {
      input.problem("la date de réponse prévue doit être postérieure à aujourd'hui");
    } else if (expected.isAfter(complaint.getMediationClosesOn())) {
      input.problem("la date de réponse prévue ne peut dépasser le " + FRENCH_DATE.format(complaint.getMediationClosesOn()) + ", un an après la réclamation");
    }
  }
}
