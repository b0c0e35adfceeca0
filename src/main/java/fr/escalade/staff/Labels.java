package fr.escalade.staff;

import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.Qualification;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.correspondence.LetterType;

/** The French names staff read for the codes the register and correspondence keep. */
final class Labels {

  private Labels() {}

  // the words live on the enums, so that the register's French CSV reads the same ones

  static String of(LetterType type) {
    return type.label();
  }

  static String of(LetterStatus status) {
    return status.label();
  }

  static String of(DeliveryChannel channel) {
    return channel.label();
  }

  /** On the enum: the register's French CSV reads the same names. */
  static String of(Qualification qualification) {
    return qualification.label();
  }

  /** Staff's words for where a complaint stands, on the enum (the clients' are {@link ComplaintStatus#label()}). */
  static String of(ComplaintStatus status) {
    return status.staffLabel();
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
