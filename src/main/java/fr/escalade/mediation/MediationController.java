package fr.escalade.mediation;

import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.process.ComplaintProcess;
import fr.escalade.process.ComplaintProcess.Message;
import fr.escalade.system.ConflictException;
import fr.escalade.system.QueryLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells a complaint's process that the client referred it to the mediator: a message the
 * complaint's process waits for. What the mediator does next is the mediation stage's
 * ({@link MediationStageController}).
 */
@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
class MediationController {

  private final ComplaintRegister register;
  private final ComplaintProcess process;

  MediationController(ComplaintRegister register, ComplaintProcess process) {
    this.register = register;
    this.process = process;
  }

  record Referral(@NotNull LocalDate receivedOn) {}

  @PostMapping(path = "/mediator-referral", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  ResponseEntity<Void> referral(
      @PathVariable String reference, @Valid @RequestBody Referral referral, AccessibleFirms access) {
    Complaint complaint = access.visible(register.get(reference));
    checkReported(complaint, referral.receivedOn(), "receivedOn");
    deliver(
        complaint,
        Message.MEDIATOR_REFERRAL,
        Map.of(REFERRAL_RECEIVED_ON, referral.receivedOn().toString()),
        "is not waiting for a mediator referral: it must have been answered and not yet closed or referred");
    return ResponseEntity.accepted().build();
  }

  private void checkReported(Complaint complaint, LocalDate date, String field) {
    QueryLimits.throwIfAny(QueryLimits.reportedDateProblems(field, date, register.today(complaint)));
  }

  private void deliver(Complaint complaint, Message message, Map<String, Object> data, String notWaiting) {
    if (!process.isWaitingFor(complaint.getReference(), message)) {
      throw new ConflictException("Complaint " + complaint.getReference() + " " + notWaiting + ".");
    }
    process.deliver(complaint.getReference(), message, data);
  }
}
