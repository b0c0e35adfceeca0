package fr.escalade.process.answer;

import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.firm.Firms;
import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the answer step: a ready answer needs its outcome, category and text; a delay needs its
 * reason and an expected answer date that is still to come.
 */
@Component("checkAnswerDraft")
class CheckAnswerDraftListener implements TaskListener {

  private final Firms firms;

  CheckAnswerDraftListener(Firms firms) {
    this.firms = firms;
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
    } else if (Choices.DELAYED.equals(status)) {
      input.requiredText(DELAY_REASON, "Raison du retard", 2000);
      LocalDate expected = input.requiredDate(EXPECTED_ANSWER_ON, "Date de réponse prévue");
      LocalDate today = firms.today((String) task.getVariable(FIRM));
      if (expected != null && !expected.isAfter(today)) {
        input.problem("la date de réponse prévue doit être postérieure à aujourd'hui");
      }
      if (expected != null) {
        input.set(EXPECTED_ANSWER_ON, expected.toString());
      }
    }
    input.check();
  }
}
