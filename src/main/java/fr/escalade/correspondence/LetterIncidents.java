package fr.escalade.correspondence;

import fr.escalade.complaint.ComplaintRegister;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * Shows an undeliverable letter in Cockpit as an incident of its complaint's process, while that
 * process runs, and resolves it once the letter is delivered after a retry.
 */
@Component
class LetterIncidents {

  static final String TYPE = "letterDelivery";

  private final RuntimeService runtime;
  private final ComplaintRegister register;

  LetterIncidents(RuntimeService runtime, ComplaintRegister register) {
    this.runtime = runtime;
    this.register = register;
  }

  void raise(Letter letter) {
    String processInstanceId = register.get(letter.getComplaintReference()).getProcessInstanceId();
    ActivityInstance tree = processInstanceId == null ? null : runtime.getActivityInstance(processInstanceId);
    String waitingExecution = tree == null ? null : waitingExecution(tree);
    if (waitingExecution != null) {
      runtime.createIncident(
          TYPE,
          waitingExecution,
          configuration(letter),
          "Lettre « " + letter.getSubject() + " » non délivrée après " + letter.getAttempts()
              + " tentatives : " + letter.getLastError()
              + ". Relancer : POST /api/complaints/" + letter.getComplaintReference() + "/correspondence/"
              + letter.getId() + "/retry");
    }
  }

  /** An incident needs an execution that stands at an activity: where the complaint now waits. */
  private static String waitingExecution(ActivityInstance instance) {
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      String found = waitingExecution(child);
      if (found != null) {
        return found;
      }
    }
    return instance.getChildActivityInstances().length == 0 && instance.getExecutionIds().length > 0
        ? instance.getExecutionIds()[0]
        : null;
  }

  void resolve(Letter letter) {
    runtime.createIncidentQuery().incidentType(TYPE).configuration(configuration(letter)).list()
        .forEach(incident -> runtime.resolveIncident(incident.getId()));
  }

  private static String configuration(Letter letter) {
    return "letter-" + letter.getId();
  }
}
