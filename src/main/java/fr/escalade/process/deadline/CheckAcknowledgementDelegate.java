package fr.escalade.process.deadline;

import static fr.escalade.process.ProcessVariables.ACKNOWLEDGEMENT_PROGRESS;
import static fr.escalade.process.ProcessVariables.QUALIFICATION;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.Deadline;
import fr.escalade.correspondence.LetterProgress;
import fr.escalade.process.Choices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finds where the acknowledgement stands, from the letters themselves rather than from what a step
 * meant to do: an agent who chose to answer at once has promised an answer, not written one.
 */
@Component("checkAcknowledgement")
class CheckAcknowledgementDelegate implements JavaDelegate {

  private final ComplaintRegister register;
  private final LetterProgress letters;

  CheckAcknowledgementDelegate(ComplaintRegister register, LetterProgress letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    AcknowledgementProgress progress =
        switch (letters.of(complaint, Deadline.ACKNOWLEDGEMENT)) {
          case SENT -> AcknowledgementProgress.SENT;
          case WRITTEN -> AcknowledgementProgress.WRITTEN;
          case NOT_WRITTEN ->
              Choices.COMPLAINT.equals(execution.getVariable(QUALIFICATION)) && complaint.getComplainant().hasAddress()
                  ? AcknowledgementProgress.OWED
                  : AcknowledgementProgress.UNQUALIFIED;
        };
    execution.setVariable(ACKNOWLEDGEMENT_PROGRESS, progress.name());
  }
}
