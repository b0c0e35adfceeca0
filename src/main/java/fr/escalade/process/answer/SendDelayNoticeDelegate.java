package fr.escalade.process.answer;


import static fr.escalade.process.ProcessVariables.DELAY_REASON;
import static fr.escalade.process.ProcessVariables.EXPECTED_ANSWER_ON;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the client the answer will be late, with the reason and the expected date. */
@Component("sendDelayNotice")
class SendDelayNoticeDelegate implements JavaDelegate {

  private final AnswerSteps steps;

  SendDelayNoticeDelegate(AnswerSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.announceDelay(
        execution.getProcessBusinessKey(),
        (String) execution.getVariable(DELAY_REASON),
        LocalDate.parse((String) execution.getVariable(EXPECTED_ANSWER_ON)));
  }
}
