package fr.escalade.intake;

import fr.escalade.complaint.ComplaintRegister;

import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.InvalidRequestException;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registers complaints and tells where they stand. */
@RestController
@RequestMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final IdempotentIntake idempotentIntake;
  private final ComplaintRegister register;

  ComplaintController(IdempotentIntake idempotentIntake, ComplaintRegister register) {
    this.idempotentIntake = idempotentIntake;
    this.register = register;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> register(
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      @Valid @RequestBody NewComplaint request,
      AccessibleFirms firms) {
    firms.require("firm", request.firm());
    if (key == null) {
      IdempotentIntake.Registered registered = idempotentIntake.registerAndView(request);
      return created(registered.reference()).body(registered.view());
    }
    if (key.isBlank() || key.length() > 200) {
      throw InvalidRequestException.of(IDEMPOTENCY_KEY, "must be 1 to 200 characters");
    }
    IdempotentIntake.Answer answer = idempotentIntake.answer(key, request);
    return created(answer.reference()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
  }

  @GetMapping("/{reference}")
  ComplaintView get(@PathVariable String reference, AccessibleFirms firms) {
    return idempotentIntake.view(firms.visible(register.get(reference)));
  }

  private static ResponseEntity.BodyBuilder created(String reference) {
    return ResponseEntity.created(URI.create("/api/complaints/" + reference));
  }
}
