package fr.escalade.complaint;

import fr.escalade.system.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import fr.escalade.firm.Firms;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the register entry of a complaint in step with its process. Process steps call it inside
 * the engine's transaction, so the register and the process never disagree.
 */
@Service
@Transactional
public class ComplaintRegister {

  private final ComplaintRepository complaints;
  private final Firms firms;

  ComplaintRegister(ComplaintRepository complaints, Firms firms) {
    this.complaints = complaints;
    this.firms = firms;
  }

  @Transactional(readOnly = true)
  public Complaint get(String reference) {
    return complaints
        .findByReference(reference)
        .orElseThrow(() -> notFound(reference));
  }

  /** What a caller is told of a reference that names no complaint they may see. */
  public static NotFoundException notFound(String reference) {
    return new NotFoundException("No complaint has the reference " + reference);
  }

  public void enterLevel(String reference, int level) {
    ComplaintStatus status =
        switch (level) {
          case 1 -> ComplaintStatus.AT_FIRST_CONTACT;
          case 2 -> ComplaintStatus.WITH_COMPLAINTS_SERVICE;
          case 3 -> ComplaintStatus.WITH_MEDIATOR;
          default -> throw new IllegalArgumentException("No level " + level + " in the procedure");
        };
    update(reference, complaint -> complaint.enterLevel(level, status));
  }

  public void recordAcknowledgement(String reference) {
    update(reference, complaint -> complaint.recordAcknowledgement(today(complaint)));
  }

  public void recordDelayNotice(String reference, String reason, LocalDate expectedOn) {
    update(reference, complaint -> complaint.recordDelayNotice(reason, expectedOn));
  }

  public void recordAnswer(String reference, Outcome outcome, String category, BigDecimal amountAtStake) {
    update(reference, complaint -> complaint.recordAnswer(today(complaint), outcome, category, amountAtStake));
  }

  public void recordSettlement(String reference) {
    update(reference, complaint -> complaint.recordSettlement(today(complaint)));
  }

  public void recordProposalResponse(String reference, boolean accepted) {
    update(reference, complaint -> complaint.recordProposalResponse(accepted));
  }

  public void recordMediatorReferral(String reference, LocalDate referredOn, boolean admissible) {
    update(reference, complaint -> complaint.recordMediatorReferral(referredOn, admissible));
  }

  public void recordMediatorProposal(String reference, LocalDate proposedOn, String proposal) {
    update(reference, complaint -> complaint.recordMediatorProposal(proposedOn, proposal));
  }

  /** Closes the complaint; a null outcome keeps the one the answer recorded. */
  public void close(String reference, Outcome outcome) {
    update(reference, complaint -> complaint.close(today(complaint), outcome));
  }

  /** Today where the complaint's firm works; the register's dates are the firm's. */
  public LocalDate today(Complaint complaint) {
    return firms.today(complaint.getFirm());
  }

  private void update(String reference, Consumer<Complaint> change) {
    change.accept(get(reference));
  }
}
