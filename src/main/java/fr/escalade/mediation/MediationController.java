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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * Tells a complaint's process what the mediator's side did: the client referred the complaint,
 * the mediator made a proposal. Each is a message the complaint's process waits for.
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

  record Proposal(@NotNull LocalDate proposedOn, @NotBlank @Size(max = 10_000) String proposal) {}

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

  @PostMapping(path = "/mediator-proposal", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  ResponseEntity<Void> proposal(
      @PathVariable String reference, @Valid @RequestBody Proposal proposal, AccessibleFirms access) {
    Complaint complaint = access.visible(register.get(reference));
    checkReported(complaint, proposal.proposedOn(), "proposedOn");
    deliver(
        complaint,
        Message.MEDIATOR_PROPOSAL,
        Map.of(MEDIATOR_PROPOSAL_ON, proposal.proposedOn().toString(), MEDIATOR_PROPOSAL, proposal.proposal().strip()),
        "is not waiting for a mediator proposal: its file must have been sent to the mediator first");
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
