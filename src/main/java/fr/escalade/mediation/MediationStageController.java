package fr.escalade.mediation;

import static fr.escalade.process.ProcessVariables.MEDIATION_CLOSED_ON;
import static fr.escalade.process.ProcessVariables.MEDIATION_CLOSURE_REASON;
import static fr.escalade.process.ProcessVariables.MEDIATION_WITHDRAWN_ON;
import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL;
import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL_ON;
import static fr.escalade.process.ProcessVariables.PROPOSAL_DUE_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.process.ComplaintProcess;
import fr.escalade.process.ComplaintProcess.Message;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import fr.escalade.system.InvalidRequestException;
import fr.escalade.system.QueryLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the mediator's side does once a complaint is before the mediator: the proposal, a longer
 * period for it, the mediator closing the case, the client giving the mediation up. Each is a
 * message the mediation stage waits for; a message it does not wait for now is a 409.
 */
@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
class MediationStageController {

  /** How far the mediator may push its proposal back in one extension: the charter's periods are months, not years. */
  static final int MAX_EXTENSION_YEARS = 1;

  private final ComplaintRegister register;
  private final ComplaintProcess process;
  private final EngineCollisions collisions;

  MediationStageController(ComplaintRegister register, ComplaintProcess process, EngineCollisions collisions) {
    this.register = register;
    this.process = process;
    this.collisions = collisions;
  }

  record Proposal(@NotNull LocalDate proposedOn, @NotBlank @Size(max = 10_000) String proposal) {}

  record ProposalExtension(@NotNull LocalDate proposalDueOn) {}

  /** Why the mediator closed the case, in the words of {@code complaint.MediationEnding}. */
  enum ClosureReason {
    INADMISSIBLE,
    WITHDRAWN,
    SETTLED
  }

  record Closure(@NotNull ClosureReason reason, @NotNull LocalDate closedOn) {}

  record Withdrawal(@NotNull LocalDate withdrawnOn) {}

  @PostMapping(path = "/mediator-proposal", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> proposal(
      @PathVariable String reference, @Valid @RequestBody Proposal proposal, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      checkReported(complaint, proposal.proposedOn(), "proposedOn");
      deliver(
          complaint,
          Message.MEDIATOR_PROPOSAL,
          Map.of(MEDIATOR_PROPOSAL_ON, proposal.proposedOn().toString(), MEDIATOR_PROPOSAL, proposal.proposal().strip()),
          "is not waiting for a mediator proposal: its file must have been sent to the mediator first");
    });
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/mediation/proposal-extension", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> proposalExtension(
      @PathVariable String reference, @Valid @RequestBody ProposalExtension extension, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      String notWaiting = "is not waiting for the mediator's proposal: its file must have been sent, and no proposal received yet";
      checkWaiting(complaint, Message.MEDIATOR_PROPOSAL_EXTENDED, notWaiting);
      LocalDate current = complaint.getMediation().getProposalDueOn();
      LocalDate asked = extension.proposalDueOn();
      if (current != null && !asked.isAfter(current)) {
        throw InvalidRequestException.of(
            "proposalDueOn", "must be after the proposal's current due date (" + current + "): an extension gives the mediator more time");
      }
      LocalDate latest = (current != null ? current : register.today(complaint)).plusYears(MAX_EXTENSION_YEARS);
      if (asked.isAfter(latest)) {
        throw InvalidRequestException.of("proposalDueOn", "is more than a year after the current due date (at the latest " + latest + ")");
      }
      process.deliver(complaint.getReference(), Message.MEDIATOR_PROPOSAL_EXTENDED, Map.of(PROPOSAL_DUE_ON, asked.toString()));
    });
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/mediation/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> closure(@PathVariable String reference, @Valid @RequestBody Closure closure, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      checkReported(complaint, closure.closedOn(), "closedOn");
      deliver(
          complaint,
          Message.MEDIATOR_CLOSED_CASE,
          Map.of(MEDIATION_CLOSURE_REASON, closure.reason().name(), MEDIATION_CLOSED_ON, closure.closedOn().toString()),
          "is not before the mediator: there is no mediation for the mediator to close");
    });
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/mediation/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> withdrawal(
      @PathVariable String reference, @Valid @RequestBody Withdrawal withdrawal, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      checkReported(complaint, withdrawal.withdrawnOn(), "withdrawnOn");
      deliver(
          complaint,
          Message.CLIENT_WITHDREW_FROM_MEDIATION,
          Map.of(MEDIATION_WITHDRAWN_ON, withdrawal.withdrawnOn().toString()),
          "is not before the mediator: there is no mediation for the client to give up");
    });
    return ResponseEntity.accepted().build();
  }

  /** A date staff report: not in the future where the firm works, not before the firm learnt of the referral. */
  private void checkReported(Complaint complaint, LocalDate date, String field) {
    QueryLimits.throwIfAny(QueryLimits.reportedDateProblems(
        field, date, register.today(complaint), complaint.getMediation().getReferredOn(),
        "the referral to the mediator was received"));
  }

  private void checkWaiting(Complaint complaint, Message message, String notWaiting) {
    if (!process.isWaitingFor(complaint.getReference(), message)) {
      throw new ConflictException("Complaint " + complaint.getReference() + " " + notWaiting + ".");
    }
  }

  private void deliver(Complaint complaint, Message message, Map<String, Object> data, String notWaiting) {
    checkWaiting(complaint, message, notWaiting);
    process.deliver(complaint.getReference(), message, data);
  }
}
