package fr.escalade.mediation;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.process.ComplaintProcess;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import fr.escalade.system.QueryLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

  private static final String COMPLAINT_SENT = "the complaint was sent";

  private final ComplaintRegister register;
  private final ComplaintProcess process;
  private final EngineCollisions collisions;

  MediationController(ComplaintRegister register, ComplaintProcess process, EngineCollisions collisions) {
    this.register = register;
    this.process = process;
    this.collisions = collisions;
  }

  /**
   * A referral as the firm learnt of it.
   *
   * @param filedOn the day the client filed it with the mediator, when the firm knows it
   * @param receivedOn the day the firm learnt of it (from the client or the mediator)
   */
  record Referral(LocalDate filedOn, @NotNull LocalDate receivedOn) {}

  /**
   * Records a referral whenever the client makes it — before any answer, after a settlement, after
   * the complaint was closed (it reopens) — with a warning when it looks premature or late: the
   * mediator judges admissibility, not the firm.
   */
  @PostMapping(path = "/mediator-referral", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> referral(
      @PathVariable String reference, @Valid @RequestBody Referral referral, AccessibleFirms access) {
    collisions.inOneTransaction(() -> refer(reference, referral, access));
    return ResponseEntity.accepted().build();
  }

  private void refer(String reference, Referral referral, AccessibleFirms access) {
    Complaint complaint = access.visible(register.get(reference));
    LocalDate today = register.today(complaint);
    List<FieldProblem> problems = new ArrayList<>();
    problems.addAll(QueryLimits.reportedDateProblems("receivedOn", referral.receivedOn(), today, complaint.getStartDate(), COMPLAINT_SENT));
    problems.addAll(QueryLimits.reportedDateProblems("filedOn", referral.filedOn(), today, complaint.getStartDate(), COMPLAINT_SENT));
    if (problems.isEmpty() && referral.filedOn() != null && referral.filedOn().isAfter(referral.receivedOn())) {
      problems.add(new FieldProblem("filedOn", "is after receivedOn: the firm cannot learn of a referral before it is filed"));
    }
    QueryLimits.throwIfAny(problems);
    if (complaint.getErasedOn() != null) {
      throw new ConflictException("Complaint " + reference + " was erased at the end of its retention period.");
    }
    if (process.isMediationUnderWay(reference)) {
      throw new ConflictException(
          "Complaint " + reference + " is already with the mediator: record the mediator's proposal or closure instead.");
    }
    process.referToMediator(complaint, referral.filedOn(), referral.receivedOn());
  }

}
