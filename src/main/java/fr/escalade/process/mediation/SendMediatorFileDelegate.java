package fr.escalade.process.mediation;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;

import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_SUMMARY;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the complaint's file to the mediator. */
@Component("sendMediatorFile")
class SendMediatorFileDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;

  SendMediatorFileDelegate(LetterWriter letters, ComplaintRegister register) {
    this.letters = letters;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.write(
        LetterType.MEDIATOR_FILE,
        register.get(execution.getProcessBusinessKey()),
        Map.of("mediatorFileSummary", execution.getVariable(MEDIATOR_FILE_SUMMARY)));
  }
}
