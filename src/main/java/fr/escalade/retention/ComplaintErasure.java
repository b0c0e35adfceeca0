package fr.escalade.retention;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.system.ConflictException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a closed complaint's personal data once its firm's retention period has ended (GDPR),
 * keeping what the figures count: dates, levels, status, outcome, category, channel, in-time flags
 * and dysfunction categories, so that the KPIs of a period are the same before and after.
 *
 * <p>Erased: the complainant (name, e-mail, postal address, phone, representative), the contract
 * reference, subject, description, the reasons of delays and the mediator's proposal; every
 * letter's recipient, subject, body and PDF (the client's own messages are letters too); the
 * descriptions of the complaint's dysfunctions; the name-search words, the tracking token, the
 * stored answers of idempotent registrations; the message ids of the client's e-mails; and the
 * process's whole history in the engine (variables, form data, tasks, comments). All of it in one
 * transaction: an erasure happens entirely or not at all.
 */
@Service
class ComplaintErasure {

  private final ComplaintRegister register;
  private final RetentionPeriods retention;
  private final EntityManager entities;
  private final RuntimeService runtime;
  private final HistoryService history;

  ComplaintErasure(
      ComplaintRegister register,
      RetentionPeriods retention,
      EntityManager entities,
      RuntimeService runtime,
      HistoryService history) {
    this.register = register;
    this.retention = retention;
    this.entities = entities;
    this.runtime = runtime;
    this.history = history;
  }

  /** Erases {@code complaint}; a 409 when it may not be erased yet. */
  @Transactional
  LocalDate erase(Complaint complaint) {
    String reference = complaint.getReference();
    if (complaint.getErasedOn() != null) {
      throw new ConflictException(reference + "'s personal data was already erased on " + complaint.getErasedOn() + ".");
    }
    if (complaint.getStatus() != ComplaintStatus.CLOSED || complaint.getClosedOn() == null) {
      throw new ConflictException(reference + " is not closed: its personal data is kept until its retention period ends.");
    }
    LocalDate today = register.today(complaint);
    LocalDate endsOn = retention.endsOn(complaint.getFirm(), complaint.getClosedOn());
    if (today.isBefore(endsOn)) {
      throw new ConflictException(
          reference + " was closed on " + complaint.getClosedOn() + "; its file must be kept ("
              + retention.of(complaint.getFirm()) + ") until " + endsOn + ".");
    }
    eraseRegisterEntry(complaint, today);
    eraseProcessHistory(reference);
    return today;
  }

  private void eraseRegisterEntry(Complaint complaint, LocalDate today) {
    String marker = ErasedData.MARKER;
    Long id = complaint.getId();
    String reference = complaint.getReference();
    // bulk statements: the entity's own setters are the procedure's, and none of them un-writes data
    entities.flush();
    entities.createQuery("""
        update Complaint c set c.complainant.name = :marker, c.complainant.email = null,
          c.complainant.postalAddress = null, c.complainant.phone = null, c.complainant.representedBy = null,
          c.contractReference = null, c.subject = :marker, c.description = :marker,
          c.delay.reason = case when c.delay.reason is null then null else :marker end,
          c.mediation.proposal = case when c.mediation.proposal is null then null else :marker end,
          c.qualificationNote = case when c.qualificationNote is null then null else :marker end,
          c.trackingTokenHash = null, c.erasedOn = :today, c.version = c.version + 1
        where c.id = :id""")
        .setParameter("marker", marker).setParameter("today", today).setParameter("id", id)
        .executeUpdate();
    // every delay notice kept its reason, which may speak of the client's case
    entities.createNativeQuery("update delay_notice set reason = :marker where complaint_id = :id")
        .setParameter("marker", marker).setParameter("id", id)
        .executeUpdate();
    entities.createQuery("delete from ComplaintNameWord w where w.complaintId = :id").setParameter("id", id).executeUpdate();
    entities.createQuery("""
        update Letter l set l.recipient = :marker, l.subject = :marker, l.body = :marker, l.pdf = null,
          l.lastError = null, l.version = l.version + 1
        where l.complaintReference = :reference""")
        .setParameter("marker", marker).setParameter("reference", reference)
        .executeUpdate();
    entities.createQuery("update Dysfunction d set d.description = :marker where d.complaint.id = :id")
        .setParameter("marker", marker).setParameter("id", id)
        .executeUpdate();
    entities.createQuery("delete from IdempotentRegistration r where r.reference = :reference")
        .setParameter("reference", reference)
        .executeUpdate();
    // a message id names the client's mail server; it stays unique per firm with the row's id
    entities.createQuery("update InboundMessage m set m.messageId = concat(:marker, ' ', cast(m.id as string))"
            + " where m.complaintReference = :reference")
        .setParameter("marker", marker).setParameter("reference", reference)
        .executeUpdate();
    entities.clear();
  }

  /**
   * Every process the complaint ran — its handling, a reopening for the mediator, the mediation
   * stages they called — holds the same data, under the complaint's reference.
   */
  private void eraseProcessHistory(String reference) {
    // a process left running by a complaint closed by hand holds the same data: it goes first
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(instance -> runtime.deleteProcessInstanceIfExists(instance.getId(), "personal data erased", true, true, true, true));
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .forEach(instance -> history.deleteHistoricProcessInstanceIfExists(instance.getId()));
  }
}
