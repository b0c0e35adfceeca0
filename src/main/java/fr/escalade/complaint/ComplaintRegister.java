package fr.escalade.complaint;

import fr.escalade.system.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import fr.escalade.firm.Firms;
import fr.escalade.firm.Mediators;
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
  private final ReferenceGenerator references;
  private final ComplaintNameIndex nameIndex;
  private final Mediators mediators;

  ComplaintRegister(
      ComplaintRepository complaints,
      Firms firms,
      ReferenceGenerator references,
      ComplaintNameIndex nameIndex,
      Mediators mediators) {
    this.complaints = complaints;
    this.firms = firms;
    this.references = references;
    this.nameIndex = nameIndex;
    this.mediators = mediators;
  }

  /** The next reference of the year, never handed out before. */
  public String newReference(int year) {
    return references.next(year);
  }

  /** Enters a new complaint in the register, findable by reference and by its complainant's name. */
  public Complaint enter(Complaint complaint) {
    if (complaint.getMediator() == null) {
      // until staff choose another, a complaint goes to its firm's mediator
      complaint.changeMediator(mediators.defaultIdFor(complaint.getFirm()));
    }
    Complaint entered = complaints.save(complaint);
    nameIndex.index(entered);
    return entered;
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

  /*
   * The mutations take the complaint a process step loaded once (get), so that a step that writes a
   * letter and records it in the register reads its complaint a single time. Inside the step's
   * transaction the complaint is managed and keeping it costs nothing; one loaded elsewhere is merged.
   */

  public void enterLevel(Complaint complaint, int level) {
    ComplaintStatus status =
        switch (level) {
          case 1 -> ComplaintStatus.AT_FIRST_CONTACT;
          case 2 -> ComplaintStatus.WITH_COMPLAINTS_SERVICE;
          case 3 -> ComplaintStatus.WITH_MEDIATOR;
          default -> throw new IllegalArgumentException("No level " + level + " in the procedure");
        };
    complaint.enterLevel(level, status);
    keep(complaint);
  }

  /** Notes that Escalade wrote the acknowledgement itself because nobody had. */
  public void recordAutomaticAcknowledgement(Complaint complaint) {
    complaint.markAcknowledgementAutomatic();
    keep(complaint);
  }

  /** Keeps a delay notice sent today; returns it, late when sent after the answer deadline. */
  public DelayNotice recordDelayNotice(Complaint complaint, String reason, LocalDate expectedOn) {
    DelayNotice notice = complaint.recordDelayNotice(today(complaint), reason, expectedOn);
    keep(complaint);
    return notice;
  }

  /** The answer as written: its outcome and category, the complaint ANSWERED; not yet when it left. */
  public void recordAnswer(Complaint complaint, Outcome outcome, String category, BigDecimal amountAtStake) {
    complaint.recordAnswer(outcome, category, amountAtStake);
    keep(complaint);
  }

  public void recordProposalResponse(Complaint complaint, boolean accepted) {
    complaint.recordProposalResponse(accepted);
    keep(complaint);
  }

  /** Records a referral to the mediator, reopening a closed complaint at level 3. */
  public MediatorReferral recordMediatorReferral(Complaint complaint, LocalDate filedOn, LocalDate receivedOn) {
    MediatorReferral referral = complaint.recordMediatorReferral(filedOn, receivedOn);
    keep(complaint);
    return referral;
  }

  public void recordMediatorProposal(Complaint complaint, LocalDate proposedOn, String proposal) {
    complaint.recordMediatorProposal(proposedOn, proposal);
    keep(complaint);
  }

  /** The mediation stage begins: the firm's file is due to the mediator that day. */
  public void planMediatorFile(Complaint complaint, LocalDate dueOn) {
    complaint.planMediatorFile(dueOn);
    keep(complaint);
  }

  /** The file left today, complete: the mediator's proposal is due on {@code proposalDueOn}. */
  public void recordMediatorFileSent(Complaint complaint, LocalDate proposalDueOn) {
    complaint.recordMediatorFileSent(today(complaint), proposalDueOn);
    keep(complaint);
  }

  public void extendMediatorProposal(Complaint complaint, LocalDate newDueOn) {
    complaint.extendMediatorProposal(newDueOn);
    keep(complaint);
  }

  public void planProposalResponse(Complaint complaint, LocalDate dueOn) {
    complaint.planProposalResponse(dueOn);
    keep(complaint);
  }

  public void recordMediationEnding(Complaint complaint, MediationEnding ending, LocalDate endedOn) {
    complaint.recordMediationEnding(ending, endedOn);
    keep(complaint);
  }

  /**
   * Records that the complaint, which concerns {@code insurer}'s contract of {@code productLine}, was
   * forwarded today to the insurer's complaints service; the caller checks both against the configuration.
   */
  public void recordInsurerReferral(Complaint complaint, String insurer, String productLine) {
    complaint.recordInsurerReferral(today(complaint), insurer, productLine);
    keep(complaint);
  }

  /** Sends the complaint to another configured mediator; the caller checks that it still may. */
  public void changeMediator(Complaint complaint, String mediator) {
    if (!mediators.isKnown(mediator)) {
      throw new IllegalArgumentException("Unknown mediator: " + mediator);
    }
    complaint.changeMediator(mediator);
    keep(complaint);
  }

  /**
   * The client contests the settlement made at first contact: the complaint reopens with the
   * complaints service; the confirmation no longer counts as its answer.
   */
  public void reopenContestedSettlement(Complaint complaint) {
    complaint.reopenContestedSettlement();
    keep(complaint);
  }

  /** An oral complaint settled on the spot, with nowhere to write to: answered there and then. */
  public void recordSettledOnTheSpot(Complaint complaint) {
    complaint.recordAnswerSent(today(complaint));
    keep(complaint);
  }

  /** Records how staff qualified the message, with their note, on today's date where the firm works. */
  public void recordQualification(Complaint complaint, Qualification as, String note, String by) {
    complaint.recordQualification(as, note, by, today(complaint));
    keep(complaint);
  }

  /** Closes the complaint as its handling ended; the outcome is the answer's unless that ending has its own. */
  public void close(Complaint complaint, HandlingOutcome handled) {
    complaint.close(today(complaint), handled);
    keep(complaint);
  }

  /** Records the category of a complaint that ends without a reasoned answer (a settlement). */
  public void recordCategory(Complaint complaint, String category) {
    complaint.recordCategory(category);
    keep(complaint);
  }

  /*
   * The acknowledgement and answer dates are the days their letters left, not the days they were
   * written: correspondence records them when an e-mail is accepted by the SMTP server or a postal
   * letter is marked printed, in the same transaction as the letter's new status.
   */

  /** The acknowledgement letter left on {@code sentOn} (the firm's date); the first to leave counts. */
  public void recordAcknowledgementSent(Complaint complaint, LocalDate sentOn) {
    complaint.recordAcknowledgementSent(sentOn);
    keep(complaint);
  }

  /**
   * The answer (or the confirmation of a settlement at first contact) left on {@code sentOn}; an
   * answer that left within the acknowledgement period stands for the acknowledgement.
   */
  public void recordAnswerSent(Complaint complaint, LocalDate sentOn) {
    complaint.recordAnswerSent(sentOn);
    keep(complaint);
  }

  /** Today where the complaint's firm works; the register's dates are the firm's. */
  public LocalDate today(Complaint complaint) {
    return firms.today(complaint.getFirm());
  }

  private void keep(Complaint complaint) {
    complaints.save(complaint);
  }
}
