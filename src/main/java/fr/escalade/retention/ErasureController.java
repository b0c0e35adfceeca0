package fr.escalade.retention;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.system.EngineCollisions;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' erasure of a complaint's personal data (README, "Retention and erasure"). */
@RestController
class ErasureController {

  record Erased(String reference, LocalDate erasedOn) {}

  private final ComplaintRegister register;
  private final ComplaintErasure erasure;
  private final EngineCollisions collisions;

  ErasureController(ComplaintRegister register, ComplaintErasure erasure, EngineCollisions collisions) {
    this.register = register;
    this.erasure = erasure;
    this.collisions = collisions;
  }

  /** Administrators only (identity/ApiAccessRules), who see every firm: no firm check is needed. */
  @PostMapping(path = "/api/complaints/{reference}/erasure", produces = MediaType.APPLICATION_JSON_VALUE)
  Erased erase(@PathVariable String reference) {
    return new Erased(reference, collisions.inOneTransaction(() -> erasure.erase(register.get(reference))));
  }
}
