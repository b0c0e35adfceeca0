package fr.escalade.improvement;

import fr.escalade.firm.Firms;
import fr.escalade.system.ConflictException;
import fr.escalade.system.InvalidRequestException;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import fr.escalade.system.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans corrective actions against dysfunctions and follows their application to the end. */
@Service
@Transactional
public class CorrectiveActions {

  private final CorrectiveActionRepository actions;
  private final DysfunctionRepository dysfunctions;
  private final Firms firms;

  CorrectiveActions(CorrectiveActionRepository actions, DysfunctionRepository dysfunctions, Firms firms) {
    this.actions = actions;
    this.dysfunctions = dysfunctions;
    this.firms = firms;
  }

  /** A corrective action as a supervisor plans it. */
  public record Plan(
      String firm, String title, String description, String owner, LocalDate dueOn, Set<Long> dysfunctionIds) {}

  public CorrectiveAction plan(Plan plan, String createdBy) {
    String firm = plan.firm();
    if (firms.find(firm).isEmpty()) {
      throw InvalidRequestException.of("firm", "unknown firm '" + firm + "'; known firms: " + firms.ids());
    }
    LocalDate today = firms.today(firm);
    List<FieldProblem> dueOnProblems = dueOnProblems(plan.dueOn(), today);
    if (!dueOnProblems.isEmpty()) {
      throw new InvalidRequestException(dueOnProblems);
    }
    CorrectiveAction action =
        new CorrectiveAction(
            firm, plan.title().strip(), blankToNull(plan.description()), plan.owner().strip(), plan.dueOn(), today, createdBy);
    action.link(dysfunctionsOf(firm, plan.dysfunctionIds()));
    return actions.save(action);
  }

  public CorrectiveAction link(long id, Set<Long> dysfunctionIds) {
    CorrectiveAction action = get(id);
    action.link(dysfunctionsOf(action.getFirm(), dysfunctionIds));
    return action;
  }

  /**
   * Moves an action on. A finished action (done or cancelled) says how, or why, in its note and is
   * not reopened: a new action is planned instead, so the register keeps what happened.
   */
  public CorrectiveAction progress(long id, CorrectiveActionStatus next, String note, String owner, LocalDate dueOn) {
    CorrectiveAction action = get(id);
    if (!action.getStatus().isOpen()) {
      throw new ConflictException(
          "Corrective action " + id + " is " + action.getStatus() + " since " + action.getCompletedOn()
              + "; plan a new action rather than reopen it.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!next.isOpen() && (note == null || note.isBlank())) {
      problems.add(new FieldProblem("note", "is required to mark an action " + next + ": say how it was applied, or why not"));
    }
    LocalDate today = firms.today(action.getFirm());
    if (dueOn != null) {
      problems.addAll(dueOnProblems(dueOn, today));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    action.reschedule(blankToNull(owner), dueOn);
    action.progress(next, blankToNull(note), today);
    return action;
  }

  /**
   * A due date from today to {@link #MAX_YEARS_AHEAD} years ahead: an action planned further is a
   * typing error, and a date such as {@code +999999999-12-31} is stored wrong by H2 and refused by
   * PostgreSQL.
   */
  static List<FieldProblem> dueOnProblems(LocalDate dueOn, LocalDate today) {
    if (dueOn.isBefore(today)) {
      return List.of(new FieldProblem("dueOn", "is in the past (today is " + today + " where the firm works)"));
    }
    if (dueOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
      return List.of(new FieldProblem("dueOn", "is more than " + MAX_YEARS_AHEAD + " years ahead (at most " + today.plusYears(MAX_YEARS_AHEAD) + ")"));
    }
    return List.of();
  }

  /** How far ahead an action may be planned: the register keeps a file five years. */
  static final int MAX_YEARS_AHEAD = 5;

  @Transactional(readOnly = true)
  public CorrectiveAction get(long id) {
    return actions.findById(id).orElseThrow(() -> notFound(id));
  }

  /** What a caller is told of an id that names no corrective action they may see. */
  public static NotFoundException notFound(long id) {
    return new NotFoundException("No corrective action has the id " + id);
  }

  /** The actions of a firm (or of all firms), soonest due first; overdue: open and past their due date. */
  @Transactional(readOnly = true)
  public List<CorrectiveAction> list(String firm, CorrectiveActionStatus status, Boolean overdue) {
    Specification<CorrectiveAction> selection = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (firm != null && !firm.isBlank()) {
        where.add(cb.equal(root.get("firm"), firm));
      }
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    List<CorrectiveAction> found = actions.findAll(selection, Sort.by("dueOn", "id"));
    if (overdue == null) {
      return found;
    }
    return found.stream().filter(action -> action.isOverdue(firms.today(action.getFirm())) == overdue).toList();
  }

  private List<Dysfunction> dysfunctionsOf(String firm, Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<Dysfunction> found = dysfunctions.findAllById(ids);
    Set<Long> missing = new TreeSet<>(ids);
    found.forEach(dysfunction -> missing.remove(dysfunction.getId()));
    if (!missing.isEmpty()) {
      throw InvalidRequestException.of("dysfunctionIds", "no dysfunction has the id(s) " + missing);
    }
    Set<Long> otherFirm =
        found.stream().filter(d -> !d.getFirm().equals(firm)).map(Dysfunction::getId).collect(Collectors.toCollection(TreeSet::new));
    if (!otherFirm.isEmpty()) {
      throw InvalidRequestException.of("dysfunctionIds", "dysfunction(s) " + otherFirm + " belong to another firm than '" + firm + "'");
    }
    return found;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
