package fr.escalade.improvement;

import fr.escalade.complaint.Complaint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A dysfunction of the firm that handling a complaint brought to light. */
@Entity
@Table(
    name = "dysfunction",
    indexes = {
      @Index(name = "ix_dysfunction_complaint", columnList = "complaint_id"),
      @Index(name = "ix_dysfunction_firm_found_on", columnList = "firm, found_on")
    })
public class Dysfunction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  /** Copied from the complaint so that reports by firm need no join. */
  @Column(nullable = false, length = 40)
  private String firm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DysfunctionCategory category;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "found_on", nullable = false)
  private LocalDate foundOn;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @ManyToMany(mappedBy = "dysfunctions")
  private Set<CorrectiveAction> correctiveActions = new LinkedHashSet<>();

  protected Dysfunction() {}

  Dysfunction(
      Complaint complaint,
      DysfunctionCategory category,
      String description,
      LocalDate foundOn,
      String recordedBy,
      Instant recordedAt) {
    this.complaint = complaint;
    this.firm = complaint.getFirm();
    this.category = category;
    this.description = description;
    this.foundOn = foundOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Complaint getComplaint() {
    return complaint;
  }

  public String getFirm() {
    return firm;
  }

  public DysfunctionCategory getCategory() {
    return category;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Set<CorrectiveAction> getCorrectiveActions() {
    return Set.copyOf(correctiveActions);
  }
}
