package fr.escalade.process.answer;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the written acknowledgement and records when it went out. */
@Component("sendAcknowledgement")
class SendAcknowledgementDelegate implements JavaDelegate {

  private final AnswerSteps steps;

  SendAcknowledgementDelegate(AnswerSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.acknowledge(execution.getProcessBusinessKey());
  }
}
