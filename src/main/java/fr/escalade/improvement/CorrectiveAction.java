package fr.escalade.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the firm does to remove one or more dysfunctions, with who answers for it, by when, and how
 * far it has been applied.
 */
@Entity
@Table(name = "corrective_action", indexes = @Index(name = "ix_corrective_action_firm_status", columnList = "firm, status"))
public class CorrectiveAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 40)
  private String firm;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String description;

  @Column(nullable = false, length = 200)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CorrectiveActionStatus status;

  @Column(name = "created_on", nullable = false)
  private LocalDate createdOn;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  /** The latest word on its application: progress, how it was applied, or why it was given up. */
  @Column(name = "progress_note", length = 4000)
  private String progressNote;

  @ManyToMany
  @JoinTable(
      name = "corrective_action_dysfunction",
      joinColumns = @JoinColumn(name = "corrective_action_id"),
      inverseJoinColumns = @JoinColumn(name = "dysfunction_id"),
      indexes = @Index(name = "ix_corrective_action_dysfunction", columnList = "dysfunction_id"))
  private Set<Dysfunction> dysfunctions = new LinkedHashSet<>();

  protected CorrectiveAction() {}

  CorrectiveAction(
      String firm, String title, String description, String owner, LocalDate dueOn, LocalDate createdOn, String createdBy) {
    this.firm = firm;
    this.title = title;
    this.description = description;
    this.owner = owner;
    this.dueOn = dueOn;
    this.createdOn = createdOn;
    this.createdBy = createdBy;
    this.status = CorrectiveActionStatus.PLANNED;
  }

  void link(Collection<Dysfunction> found) {
    dysfunctions.addAll(found);
  }

  void progress(CorrectiveActionStatus next, String note, LocalDate today) {
    this.status = next;
    this.progressNote = note;
    this.completedOn = next.isOpen() ? null : today;
  }

  void reschedule(String owner, LocalDate dueOn) {
    if (owner != null) {
      this.owner = owner;
    }
    if (dueOn != null) {
      this.dueOn = dueOn;
    }
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public String getFirm() {
    return firm;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public CorrectiveActionStatus getStatus() {
    return status;
  }

  public LocalDate getCreatedOn() {
    return createdOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getProgressNote() {
    return progressNote;
  }

  public Set<Dysfunction> getDysfunctions() {
    return Set.copyOf(dysfunctions);
  }
}
