package fr.escalade.process.firstcontact;

import fr.escalade.complaint.ComplaintRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reopens a complaint whose settlement at first contact the client contests, with the complaints service. */
@Component("reopenContestedSettlement")
class ReopenContestedSettlementDelegate implements JavaDelegate {

  private final ComplaintRegister register;

  ReopenContestedSettlementDelegate(ComplaintRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.reopenContestedSettlement(register.get(execution.getProcessBusinessKey()));
  }
}
