package fr.escalade.process.qualification;

import static fr.escalade.process.ProcessVariables.QUALIFICATION_NOTE;
import static fr.escalade.process.ProcessVariables.REQUEST_REPLY;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Replies in writing to a message qualified as a request, not a complaint: the reply the agent wrote
 * when qualifying it, and the recourse of a client who sees a complaint in it. A request made orally
 * with no address to write to was answered by whoever took it.
 */
@Component("replyToRequest")
class ReplyToRequestDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final LetterWriter letters;

  ReplyToRequestDelegate(ComplaintRegister register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    if (!complaint.getComplainant().hasAddress()) {
      return;
    }
    Map<String, Object> details = new HashMap<>();
    Object note = execution.getVariable(QUALIFICATION_NOTE);
    if (note != null && !note.toString().isBlank()) {
      details.put("qualificationNote", note.toString().strip());
    }
    Object reply = execution.getVariable(REQUEST_REPLY);
    if (reply != null && !reply.toString().isBlank()) {
      details.put("replyText", reply.toString().strip());
    }
    letters.write(LetterType.REQUEST_REPLY, complaint, details);
  }
}
