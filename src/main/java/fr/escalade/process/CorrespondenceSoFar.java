package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.FIRM;

import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.Letter;
import fr.escalade.correspondence.LetterRepository;
import fr.escalade.correspondence.LetterStatus;
import fr.escalade.correspondence.LetterType;
import fr.escalade.firm.Firms;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The letters the firm has written for a complaint so far, one line each ("Accusé de réception —
 * envoyé par e-mail le 12/11/2026"), for every task form to show: a variable of the task only
 * ({@value #VARIABLE}), set when the task is created and again when someone claims it, so that an
 * agent does not write to a client again what a letter already said. Staff notices and messages
 * received are left out. Added to every user task when the diagrams are parsed.
 */
@Component
class CorrespondenceSoFar extends UserTaskListenerPlugin {

  static final String VARIABLE = ProcessVariables.CORRESPONDENCE_SO_FAR;
  static final String NONE = "Aucun courrier n'a encore été écrit pour cette réclamation.";
  /** The longest text the engine's variables hold. */
  static final int MAX_LENGTH = LongTextVariables.MAX_LENGTH;

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ObjectProvider<LetterRepository> letters;
  private final ObjectProvider<Firms> firms;

  CorrespondenceSoFar(ObjectProvider<LetterRepository> letters, ObjectProvider<Firms> firms) {
    super(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT);
    this.letters = letters;
    this.firms = firms;
  }


  @Override
  public void notify(DelegateTask task) {
    String reference = task.getExecution().getProcessBusinessKey();
    Object firm = task.getVariable(FIRM);
    ZoneId zone = firm instanceof String id ? firms.getObject().get(id).calendar().timeZone() : ZoneId.of("Europe/Paris");
    task.setVariableLocal(VARIABLE, summary(letters.getObject().findByComplaintReferenceOrderByCreatedAtAscIdAsc(reference), zone));
  }

  /** One line per letter to the client, the mediator or an insurer, oldest first; the latest kept when too long. */
  static String summary(List<Letter> letters, ZoneId zone) {
    List<String> lines =
        letters.stream()
            .filter(letter -> letter.getChannel() != DeliveryChannel.INTERNAL && letter.getStatus() != LetterStatus.RECEIVED)
            .map(letter -> line(letter, zone))
            .toList();
    if (lines.isEmpty()) {
      return NONE;
    }
    String text = String.join("\n", lines);
    for (int dropped = 1; text.length() > MAX_LENGTH; dropped++) {
      text = "(" + dropped + " courrier(s) plus ancien(s) non affiché(s))\n" + String.join("\n", lines.subList(dropped, lines.size()));
    }
    return text;
  }

  /** "Réponse motivée — envoyée par e-mail le 12/11/2026", with the agreement of its name. */
  static String line(Letter letter, ZoneId zone) {
    Name name = name(letter.getType());
    String e = name.feminine() ? "e" : "";
    String by = letter.getChannel() == DeliveryChannel.POST ? "par courrier" : "par e-mail";
    String to =
        switch (letter.getType().recipient()) {
          case MEDIATOR -> " au médiateur";
          case INSURER -> " à l'assureur";
          default -> "";
        };
    String written = "écrit" + e + " le " + day(letter.getCreatedAt(), zone);
    String where =
        switch (letter.getStatus()) {
          case SENT, PRINTED -> "envoyé" + e + to + " " + by + " le " + day(letter.getSentAt(), zone);
          case PENDING -> written + ", en attente d'envoi" + to + " " + by;
          case TO_PRINT -> written + ", à imprimer et poster" + to;
          case FAILED -> written + ", échec de l'envoi" + to + " " + by + " (à relancer)";
          default -> written;
        };
    return name.text() + " — " + where;
  }

  private static String day(Instant at, ZoneId zone) {
    return at == null ? "?" : FRENCH_DATE.format(at.atZone(zone));
  }

  private record Name(String text, boolean feminine) {}

  private static Name name(LetterType type) {
    return switch (type) {
      case SUBMISSION_COPY -> new Name("Copie datée de la réclamation en ligne", true);
      case ACKNOWLEDGEMENT -> new Name("Accusé de réception", false);
      case FIRST_CONTACT_CONFIRMATION -> new Name("Confirmation du règlement au premier contact", true);
      case DELAY_NOTICE -> new Name("Information du client sur le retard", true);
      case ANSWER -> new Name("Réponse motivée", true);
      case MEDIATION_INFORMATION -> new Name("Information sur la médiation", true);
      case MEDIATOR_FILE -> new Name("Dossier pour le médiateur", false);
      case PROPOSAL_RESPONSE -> new Name("Réponse à la proposition du médiateur", true);
      case MEDIATOR_WITHDRAWAL_NOTICE -> new Name("Retrait signalé au médiateur", false);
      case MEDIATION_OUTCOME -> new Name("Issue de la médiation", true);
      case REQUEST_REPLY -> new Name("Réponse à une simple demande", true);
      case ORAL_SETTLEMENT_CONFIRMATION -> new Name("Confirmation du règlement immédiat", true);
      case WRITTEN_CONFIRMATION_REQUEST -> new Name("Invitation à confirmer par écrit", true);
      case WITHDRAWAL_CONFIRMATION -> new Name("Confirmation du retrait", true);
      case INSURER_REFERRAL -> new Name("Transmission du dossier", true);
      case INSURER_REFERRAL_NOTICE -> new Name("Information du client sur la transmission à l'assureur", true);
      case REMINDER -> new Name("Rappel au personnel", false);
      case ESCALATION -> new Name("Alerte aux superviseurs", true);
      case CLIENT_MESSAGE -> new Name("Message du client", false);
    };
  }
}
