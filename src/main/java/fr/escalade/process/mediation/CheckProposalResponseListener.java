package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.PROPOSAL_DECISION;
import static fr.escalade.process.ProcessVariables.PROPOSAL_RESPONSE;

import fr.escalade.process.Choices;
import fr.escalade.process.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the firm's response to the mediator's proposal. */
@Component("checkProposalResponse")
class CheckProposalResponseListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    TaskInput input = new TaskInput(task);
    input.requiredChoice(PROPOSAL_DECISION, "Suite donnée à la proposition", Choices.of(PROPOSAL_DECISION));
    input.requiredText(PROPOSAL_RESPONSE, "Réponse au médiateur et au client", 10_000);
    input.check();
  }
}
