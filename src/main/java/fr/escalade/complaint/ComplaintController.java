package fr.escalade.complaint;

import fr.escalade.correspondence.Correspondence;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registers complaints and tells where they stand. */
@RestController
@RequestMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

  private final ComplaintIntake intake;
  private final ComplaintRegister register;
  private final Correspondence correspondence;

  ComplaintController(ComplaintIntake intake, ComplaintRegister register, Correspondence correspondence) {
    this.intake = intake;
    this.register = register;
    this.correspondence = correspondence;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ComplaintView> register(@Valid @RequestBody NewComplaint request) {
    Complaint complaint = intake.register(request);
    return ResponseEntity.created(URI.create("/api/complaints/" + complaint.getReference()))
        .body(view(complaint));
  }

  @GetMapping("/{reference}")
  ComplaintView get(@PathVariable String reference) {
    return view(register.get(reference));
  }

  private ComplaintView view(Complaint complaint) {
    return ComplaintView.of(complaint, correspondence.of(complaint.getReference()));
  }
}
