package fr.escalade.process.answer;

import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;

import static fr.escalade.process.ProcessVariables.ACKNOWLEDGED;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.TrackingLinks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the written acknowledgement and records when it went out. */
@Component("sendAcknowledgement")
class SendAcknowledgementDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;
  private final TrackingLinks trackingLinks;

  SendAcknowledgementDelegate(LetterWriter letters, ComplaintRegister register, TrackingLinks trackingLinks) {
    this.letters = letters;
    this.register = register;
    this.trackingLinks = trackingLinks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    // a client who filed online has a link since the receipt; any other gets one here
    Map<String, Object> details = new HashMap<>();
    trackingLinks.issue(reference).ifPresent(url -> details.put("trackingUrl", url));
    letters.write(LetterType.ACKNOWLEDGEMENT, reference, details);
    register.recordAcknowledgement(reference);
    execution.setVariable(ACKNOWLEDGED, true);
  }
}
