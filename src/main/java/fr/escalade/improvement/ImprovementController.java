package fr.escalade.improvement;

import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.identity.StaffMember;
import fr.escalade.system.EngineCollisions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dysfunctions found on complaints (any member of staff records them) and the corrective actions
 * supervisors plan against them and follow to completion.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ImprovementController {

  private final Dysfunctions dysfunctions;
  private final CorrectiveActions actions;
  private final Firms firms;
  private final ComplaintRegister register;
  private final EngineCollisions collisions;

  ImprovementController(
      Dysfunctions dysfunctions, CorrectiveActions actions, Firms firms, ComplaintRegister register, EngineCollisions collisions) {
    this.dysfunctions = dysfunctions;
    this.actions = actions;
    this.firms = firms;
    this.register = register;
    this.collisions = collisions;
  }

  record NewDysfunction(@NotNull DysfunctionCategory category, @NotBlank @Size(max = 2000) String description) {}

  record DysfunctionView(
      long id, String complaintReference, String firm, DysfunctionCategory category, String categoryLabel,
      String description, LocalDate foundOn, String recordedBy, List<Long> correctiveActionIds) {

    static DysfunctionView of(Dysfunction d) {
      return new DysfunctionView(d.getId(), d.getComplaint().getReference(), d.getFirm(), d.getCategory(),
          d.getCategory().label(), d.getDescription(), d.getFoundOn(), d.getRecordedBy(),
          d.getCorrectiveActions().stream().map(CorrectiveAction::getId).sorted().toList());
    }
  }

  record NewCorrectiveAction(
      @NotBlank @Size(max = 40) String firm,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 4000) String description,
      @NotBlank @Size(max = 200) String owner,
      @NotNull LocalDate dueOn,
      Set<@NotNull Long> dysfunctionIds) {}

  record Progress(@NotNull CorrectiveActionStatus status, @Size(max = 4000) String note, @Size(max = 200) String owner, LocalDate dueOn) {}

  record Links(@NotEmpty Set<@NotNull Long> dysfunctionIds) {}

  record CorrectiveActionView(
      long id, String firm, String title, String description, String owner, LocalDate dueOn,
      CorrectiveActionStatus status, boolean overdue, LocalDate createdOn, String createdBy, LocalDate completedOn,
      String progressNote, List<LinkedDysfunction> dysfunctions) {

    record LinkedDysfunction(long id, String complaintReference, DysfunctionCategory category, String description) {}
  }

  @GetMapping("/complaints/{reference}/dysfunctions")
  @Transactional(readOnly = true)
  List<DysfunctionView> dysfunctionsOf(@PathVariable String reference, AccessibleFirms access) {
    access.visible(register.get(reference));
    return dysfunctions.of(reference).stream().map(DysfunctionView::of).toList();
  }

  @PostMapping(path = "/complaints/{reference}/dysfunctions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DysfunctionView> record(
      @PathVariable String reference,
      @Valid @RequestBody NewDysfunction request,
      @RequestAttribute(StaffMember.ATTRIBUTE) StaffMember caller,
      AccessibleFirms access) {
    DysfunctionView found = collisions.inOneTransaction(() -> {
      access.visible(register.get(reference));
      return DysfunctionView.of(dysfunctions.record(reference, request.category(), request.description(), caller.id()));
    });
    return ResponseEntity.created(URI.create("/api/complaints/" + reference + "/dysfunctions")).body(found);
  }

  @GetMapping("/corrective-actions")
  @Transactional(readOnly = true)
  List<CorrectiveActionView> list(
      @RequestParam(required = false) String firm,
      @RequestParam(required = false) CorrectiveActionStatus status,
      @RequestParam(required = false) Boolean overdue,
      AccessibleFirms access) {
    access.require("firm", firm);
    return actions.list(firm, status, overdue).stream()
        .filter(action -> access.includes(action.getFirm()))
        .map(this::view)
        .toList();
  }

  @GetMapping("/corrective-actions/{id}")
  @Transactional(readOnly = true)
  CorrectiveActionView get(@PathVariable long id, AccessibleFirms access) {
    return view(visible(actions.get(id), access));
  }

  @PostMapping(path = "/corrective-actions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CorrectiveActionView> plan(
      @Valid @RequestBody NewCorrectiveAction request,
      @RequestAttribute(StaffMember.ATTRIBUTE) StaffMember caller,
      AccessibleFirms access) {
    access.require("firm", request.firm());
    CorrectiveActionView planned = collisions.inOneTransaction(() -> view(
        actions.plan(
            new CorrectiveActions.Plan(request.firm(), request.title(), request.description(), request.owner(),
                request.dueOn(), request.dysfunctionIds()),
            caller.id())));
    return ResponseEntity.created(URI.create("/api/corrective-actions/" + planned.id())).body(planned);
  }

  @PostMapping(path = "/corrective-actions/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
  CorrectiveActionView progress(
      @PathVariable long id,
      @Valid @RequestBody Progress request,
      AccessibleFirms access) {
    return collisions.inOneTransaction(() -> {
      visible(actions.get(id), access);
      return view(actions.progress(id, request.status(), request.note(), request.owner(), request.dueOn()));
    });
  }

  @PostMapping(path = "/corrective-actions/{id}/dysfunctions", consumes = MediaType.APPLICATION_JSON_VALUE)
  CorrectiveActionView link(
      @PathVariable long id,
      @Valid @RequestBody Links request,
      AccessibleFirms access) {
    return collisions.inOneTransaction(() -> {
      visible(actions.get(id), access);
      return view(actions.link(id, request.dysfunctionIds()));
    });
  }

  /** An action of another firm is answered as if it did not exist, like a complaint. */
  private static CorrectiveAction visible(CorrectiveAction action, AccessibleFirms access) {
    if (!access.includes(action.getFirm())) {
      throw CorrectiveActions.notFound(action.getId());
    }
    return action;
  }

  private CorrectiveActionView view(CorrectiveAction a) {
    List<CorrectiveActionView.LinkedDysfunction> linked =
        a.getDysfunctions().stream()
            .sorted(Comparator.comparing(Dysfunction::getId))
            .map(d -> new CorrectiveActionView.LinkedDysfunction(d.getId(), d.getComplaint().getReference(), d.getCategory(), d.getDescription()))
            .toList();
    return new CorrectiveActionView(a.getId(), a.getFirm(), a.getTitle(), a.getDescription(), a.getOwner(), a.getDueOn(),
        a.getStatus(), a.isOverdue(firms.today(a.getFirm())), a.getCreatedOn(), a.getCreatedBy(), a.getCompletedOn(),
        a.getProgressNote(), linked);
  }
}
