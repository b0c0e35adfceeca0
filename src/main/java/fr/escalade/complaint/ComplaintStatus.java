package fr.escalade.complaint;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands in the graduated procedure; the labels are what clients read. */
public enum ComplaintStatus {
  /** Registered; staff still have to tell a complaint from a simple request. */
  QUALIFYING("Enregistrée, en cours d'examen", "À qualifier"),
  /** With the usual interlocutor, who tries to settle it amicably (level 1). */
  AT_FIRST_CONTACT("Chez votre interlocuteur habituel, qui recherche une solution amiable", "Au premier contact"),
  /** With the complaints service, being investigated and answered (level 2). */
  WITH_COMPLAINTS_SERVICE("En cours d'instruction par le service réclamations", "Au service réclamations"),
  /** Answered; the client may still refer it to the mediator. */
  ANSWERED("Réponse envoyée", "Répondue"),
  /** Referred to the mediator (level 3). */
  WITH_MEDIATOR("Soumise au médiateur", "Chez le médiateur"),
  CLOSED("Clôturée", "Clôturée");

  /**
   * Still to be answered: "open" for a supervisor, and the only complaints that can be late, since
   * an answer meets both deadlines or misses them for good.
   */
  public static final Set<ComplaintStatus> AWAITING_ANSWER =
      Collections.unmodifiableSet(EnumSet.of(QUALIFYING, AT_FIRST_CONTACT, WITH_COMPLAINTS_SERVICE));

  /**
   * Whether a complaint in this status with this outcome still waits for the firm's answer: before
   * the answer, or with the mediator while the firm has not answered (a referral after two months
   * without an answer is the everyday case, and the answer stays owed, and late, until it leaves).
   * Queries spell the same rule as {@link #AWAITING_ANSWER_JPQL}.
   */
  public static boolean awaitsAnswer(ComplaintStatus status, Outcome outcome) {
    return AWAITING_ANSWER.contains(status) || (status == WITH_MEDIATOR && outcome == null);
  }

  /** {@link #awaitsAnswer} for a JPQL query on {@code Complaint c}, with the parameter {@code awaitingAnswer}. */
  public static final String AWAITING_ANSWER_JPQL =
      "(c.status in :awaitingAnswer or (c.status = fr.escalade.complaint.ComplaintStatus.WITH_MEDIATOR and c.outcome is null))";

  private final String label;
  private final String staffLabel;

  ComplaintStatus(String label, String staffLabel) {
    this.label = label;
    this.staffLabel = staffLabel;
  }

  /** The French name pages show. */
  public String label() {
    return label;
  }

  /** Staff's words for where a complaint stands (staff pages, the register's French CSV). */
  public String staffLabel() {
    return staffLabel;
  }
}
