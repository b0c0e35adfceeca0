package fr.escalade.process.insurer;

import static fr.escalade.process.ProcessVariables.INSURER;
import static fr.escalade.process.ProcessVariables.PRODUCT_LINE;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.insurer.InsurerForwarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Forwards a complaint about the insurer's share to that insurer's complaints service with the file,
 * and tells the client to whom; the broker keeps following it. The insurer and product line were
 * checked by whoever marked the complaint (the API, the qualification form).
 */
@Component("forwardToInsurer")
class ForwardToInsurerDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final InsurerForwarding forwarding;

  ForwardToInsurerDelegate(ComplaintRegister register, InsurerForwarding forwarding) {
    this.register = register;
    this.forwarding = forwarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    forwarding.forward(
        register.get(execution.getProcessBusinessKey()),
        (String) execution.getVariable(INSURER),
        (String) execution.getVariable(PRODUCT_LINE));
  }
}
