package fr.escalade.mediation;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterType;
import fr.escalade.firm.Mediator;
import fr.escalade.firm.Mediators;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.ConflictException;
import fr.escalade.system.EngineCollisions;
import fr.escalade.system.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chooses the mediator a complaint goes to, when its firm's default is not the competent one (a bank
 * product sold by an insurance broker goes to the bank's mediator). Every letter naming the mediator
 * from then on names this one. Once the firm's file went to a mediator the choice is made: changing it
 * then would leave the file with one mediator and the letters naming another.
 */
@RestController
@RequestMapping(path = "/api/complaints/{reference}/mediator", produces = MediaType.APPLICATION_JSON_VALUE)
class MediatorChoiceController {

  private final ComplaintRegister register;
  private final Mediators mediators;
  private final LetterRepository letters;
  private final EngineCollisions collisions;

  MediatorChoiceController(
      ComplaintRegister register, Mediators mediators, LetterRepository letters, EngineCollisions collisions) {
    this.register = register;
    this.mediators = mediators;
    this.letters = letters;
    this.collisions = collisions;
  }

  record Choice(@NotBlank @Size(max = 40) String mediator) {}

  /** The complaint's mediator after the change, as letters will name it. */
  record Chosen(String reference, String mediator, String name) {}

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Chosen choose(@PathVariable String reference, @Valid @RequestBody Choice choice, AccessibleFirms access) {
    return collisions.inOneTransaction(() -> change(reference, choice, access));
  }

  private Chosen change(String reference, Choice choice, AccessibleFirms access) {
    Complaint complaint = access.visible(register.get(reference));
    String id = choice.mediator().strip();
    if (!mediators.isKnown(id)) {
      throw InvalidRequestException.of(
          "mediator", "unknown mediator '" + id + "'; configured mediators: " + mediators.ids());
    }
    if (!id.equals(complaint.getMediator()) && fileSentToMediator(complaint)) {
      throw new ConflictException(
          "Complaint " + reference + " cannot change mediator: its file was already sent to '" + complaint.getMediator() + "'.");
    }
    register.changeMediator(complaint, id);
    Mediator mediator = mediators.get(id);
    return new Chosen(complaint.getReference(), id, mediator.name());
  }

  private boolean fileSentToMediator(Complaint complaint) {
    return letters.findByComplaintReferenceOrderByCreatedAtAscIdAsc(complaint.getReference()).stream()
        .anyMatch(letter -> letter.getType() == LetterType.MEDIATOR_FILE);
  }
}
