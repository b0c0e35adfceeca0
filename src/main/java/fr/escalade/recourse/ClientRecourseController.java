package fr.escalade.recourse;

import static fr.escalade.process.ProcessVariables.WITHDRAWN_ON;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.HandlingOutcome;
import fr.escalade.complaint.Outcome;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.process.ComplaintProcess;
import fr.escalade.process.ComplaintProcess.Message;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import fr.escalade.system.QueryLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client may do with a complaint at any level, as staff record it: withdraw it, or contest
 * the settlement reached at first contact (the complaint reopens with the complaints service, same
 * reference, same clocks).
 */
@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
class ClientRecourseController {

  private final ComplaintRegister register;
  private final ComplaintProcess process;
  private final EngineCollisions collisions;

  ClientRecourseController(ComplaintRegister register, ComplaintProcess process, EngineCollisions collisions) {
    this.register = register;
    this.process = process;
    this.collisions = collisions;
  }

  record Withdrawal(@NotNull LocalDate withdrawnOn) {}

  record Contest(@NotNull LocalDate contestedOn) {}

  @PostMapping(path = "/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> withdraw(@PathVariable String reference, @Valid @RequestBody Withdrawal withdrawal, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      QueryLimits.throwIfAny(reportedDateProblems("withdrawnOn", withdrawal.withdrawnOn(), complaint));
      if (!process.isWaitingFor(reference, Message.COMPLAINT_WITHDRAWN)) {
        throw new ConflictException("Complaint " + reference + " is closed: there is nothing left to withdraw.");
      }
      process.deliver(reference, Message.COMPLAINT_WITHDRAWN, Map.of(WITHDRAWN_ON, withdrawal.withdrawnOn().toString()));
    });
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/settlement-contest", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> contest(@PathVariable String reference, @Valid @RequestBody Contest contest, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      QueryLimits.throwIfAny(reportedDateProblems("contestedOn", contest.contestedOn(), complaint));
      if (!isClosedBySettlement(complaint) || process.isRunning(reference)) {
        throw new ConflictException(
            "Complaint " + reference + " was not closed by a settlement at first contact: only such a settlement can be contested.");
      }
      process.contestSettlement(complaint, contest.contestedOn());
    });
    return ResponseEntity.accepted().build();
  }

  /** A date the client told staff of: past where the firm works, and not before the complaint. */
  private List<FieldProblem> reportedDateProblems(String field, LocalDate date, Complaint complaint) {
    return QueryLimits.reportedDateProblems(field, date, register.today(complaint), complaint.getStartDate(), "the complaint was sent");
  }

  /** A settlement closes a complaint favourably without the complaints service's reasoned answer. */
  private static boolean isClosedBySettlement(Complaint complaint) {
    return complaint.getStatus() == ComplaintStatus.CLOSED
        && complaint.getErasedOn() == null
        && (complaint.getHandlingOutcome() == HandlingOutcome.SETTLED_AT_FIRST_CONTACT
            || complaint.getHandlingOutcome() == HandlingOutcome.SETTLED_ON_THE_SPOT);
  }

}
