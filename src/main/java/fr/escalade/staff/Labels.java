package fr.escalade.staff;

import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Qualification;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.correspondence.LetterType;

/** The French names staff read for the codes the register and correspondence keep. */
final class Labels {

  private Labels() {}

  static String of(LetterType type) {
    return switch (type) {
      case SUBMISSION_COPY -> "Copie datée de la réclamation en ligne";
      case ACKNOWLEDGEMENT -> "Accusé de réception";
      case FIRST_CONTACT_CONFIRMATION -> "Confirmation du règlement au premier contact";
      case DELAY_NOTICE -> "Information du client sur le retard";
      case ANSWER -> "Réponse motivée";
      case MEDIATION_INFORMATION -> "Information sur la médiation";
      case MEDIATOR_FILE -> "Dossier transmis au médiateur";
      case PROPOSAL_RESPONSE -> "Réponse à la proposition du médiateur";
      case MEDIATION_OUTCOME -> "Issue de la médiation";
      case REQUEST_REPLY -> "Réponse à une simple demande";
      case ORAL_SETTLEMENT_CONFIRMATION -> "Confirmation du règlement immédiat";
      case WRITTEN_CONFIRMATION_REQUEST -> "Invitation à confirmer par écrit";
      case WITHDRAWAL_CONFIRMATION -> "Confirmation du retrait";
      case INSURER_REFERRAL -> "Transmission à l’assureur";
      case INSURER_REFERRAL_NOTICE -> "Information du client sur la transmission à l’assureur";
      case REMINDER -> "Rappel au personnel";
      case ESCALATION -> "Alerte aux superviseurs";
      case CLIENT_MESSAGE -> "Message du client";
      // a letter type added later shows by its code until it is named here (LabelsTests says so)
      default -> type.name();
    };
  }

  static String of(LetterStatus status) {
    return switch (status) {
      case PENDING -> "En attente d’envoi";
      case SENT -> "Envoyé";
      case FAILED -> "Échec de l’envoi";
      case TO_PRINT -> "À imprimer";
      case PRINTED -> "Imprimé et posté";
      case RECEIVED -> "Reçu";
      default -> status.name();
    };
  }

  static String of(DeliveryChannel channel) {
    return switch (channel) {
      case EMAIL -> "E-mail";
      case POST -> "Courrier postal";
      case INTERNAL -> "Message interne";
    };
  }

  static String of(Qualification qualification) {
    return switch (qualification) {
      case COMPLAINT -> "Réclamation";
      case REQUEST -> "Simple demande";
    };
  }

  /** Staff's words for where a complaint stands (the clients' are {@link ComplaintStatus#label()}). */
  static String of(ComplaintStatus status) {
    return switch (status) {
      case QUALIFYING -> "À qualifier";
      case AT_FIRST_CONTACT -> "Au premier contact";
      case WITH_COMPLAINTS_SERVICE -> "Au service réclamations";
      case ANSWERED -> "Répondue";
      case WITH_MEDIATOR -> "Chez le médiateur";
      case CLOSED -> "Clôturée";
      default -> status.label();
    };
  }

  static String level(int level) {
    return switch (level) {
      case 1 -> "1 – Premier contact";
      case 2 -> "2 – Service réclamations";
      case 3 -> "3 – Médiateur";
      default -> String.valueOf(level);
    };
  }
}
