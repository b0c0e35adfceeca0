package fr.escalade.process.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the acknowledgement form letter nobody sent by the reminder, and notes in the register that
 * Escalade did: the acknowledgement is owed whatever an agent chose.
 */
@Component("sendAutomaticAcknowledgement")
class SendAutomaticAcknowledgementDelegate implements JavaDelegate {

  private final AnswerSteps steps;

  SendAutomaticAcknowledgementDelegate(AnswerSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.acknowledgeAutomatically(execution.getProcessBusinessKey());
  }
}
