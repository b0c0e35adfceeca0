package fr.escalade.insurerreferral;

import static fr.escalade.process.ProcessVariables.INSURER;
import static fr.escalade.process.ProcessVariables.PRODUCT_LINE;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.insurer.InsurerForwarding;
import fr.escalade.process.ComplaintProcess;
import fr.escalade.process.ComplaintProcess.Message;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import fr.escalade.system.QueryLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/complaints/{reference}/insurer-referral}: staff mark a complaint as concerning the
 * insurer, at any time while it is handled. The complaint's process does the forwarding (its event
 * sub-process "Réclamation concernant l'assureur" calls {@link InsurerForwarding}), so the API checks
 * the request and hands it over. It lives apart from {@code insurer} because the process stands on
 * that package: this controller, which stands on the process, would close a loop there.
 */
@RestController
class InsurerReferralController {

  private final ComplaintRegister register;
  private final ComplaintProcess process;
  private final InsurerForwarding forwarding;
  private final EngineCollisions collisions;

  InsurerReferralController(
      ComplaintRegister register, ComplaintProcess process, InsurerForwarding forwarding, EngineCollisions collisions) {
    this.register = register;
    this.process = process;
    this.forwarding = forwarding;
    this.collisions = collisions;
  }

  /** The insurer ({@code escalade.firms.<firm>.insurers.<id>}) and the product line of the contract. */
  record InsurerReferral(@Size(max = 40) String insurer, @Size(max = 40) String productLine) {}

  @PostMapping(
      path = "/api/complaints/{reference}/insurer-referral",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> refer(
      @PathVariable String reference, @Valid @RequestBody InsurerReferral referral, AccessibleFirms access) {
    collisions.inOneTransaction(() -> {
      Complaint complaint = access.visible(register.get(reference));
      QueryLimits.throwIfAny(
          forwarding.problems(complaint.getFirm(), referral.insurer(), referral.productLine(), "insurer", "productLine"));
      if (complaint.getStatus() == ComplaintStatus.CLOSED) {
        throw new ConflictException("Complaint " + reference + " is closed: there is nothing left to forward to an insurer.");
      }
      if (complaint.getInsurer() != null) {
        throw new ConflictException(
            "Complaint " + reference + " was already forwarded to insurer '" + complaint.getInsurer() + "' on "
                + complaint.getInsurerReferredOn() + ".");
      }
      if (!process.isWaitingFor(reference, Message.CONCERNS_INSURER)) {
        throw new ConflictException(
            "Complaint " + reference + " cannot be forwarded to an insurer now: its process does not wait for it.");
      }
      process.deliver(
          reference,
          Message.CONCERNS_INSURER,
          Map.of(INSURER, referral.insurer().strip(), PRODUCT_LINE, referral.productLine().strip()));
    });
    return ResponseEntity.accepted().build();
  }
}
