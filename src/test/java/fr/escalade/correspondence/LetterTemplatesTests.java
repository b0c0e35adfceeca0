package fr.escalade.correspondence;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.Firm;
import fr.escalade.firm.Insurer;
import fr.escalade.firm.Firms;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Every letter template renders, in French, with the complaint, the firm and, for clients, the mediator. */
@EscaladeSpringTest
@Transactional
class LetterTemplatesTests {

  static final Map<String, Object> DETAILS =
      Map.ofEntries(
          Map.entry("submittedAt", ZonedDateTime.parse("2026-03-02T10:15:00+01:00[Europe/Paris]")),
          Map.entry("settlementSummary", "Geste commercial de 150 €."),
          Map.entry("delayReason", "Expertise en cours."),
          Map.entry("expectedAnswerOn", LocalDate.of(2026, 5, 20)),
          Map.entry("answerText", "Nous prenons en charge le sinistre."),
          Map.entry("mediatorFileSummary", "Dossier complet."),
          Map.entry("proposalAccepted", true),
          Map.entry("proposalResponse", "Remboursement sous 15 jours."),
          Map.entry("deadlineLabel", "Réponse motivée"),
          Map.entry("deadline", LocalDate.of(2026, 5, 2)),
          Map.entry("openTasks", "Rédiger la réponse motivée"),
          Map.entry("tasklistUrl", "http://localhost:8080/camunda/app/tasklist/default/"));

  /** The insurer a complaint is forwarded to: the letter to it, and the client's notice, name it. */
  static final Insurer INSURER =
      new Insurer("Mutuelle Exemple Assurances", "Service Réclamations", "reclamations@mutuelle-exemple.example",
          "1 rue de l'Exemple, 75009 Paris");

  private static Map<String, Object> withInsurer(Map<String, Object> details) {
    Map<String, Object> all = new java.util.HashMap<>(details);
    all.put("insurer", INSURER);
    return all;
  }

  @Autowired ComplaintIntake intake;
  @Autowired LetterWriter writer;
  @Autowired LetterLayout layout;
  @Autowired ComplaintRegister register;
  @Autowired Firms firms;

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 2, 10, 15);

  @ParameterizedTest
  @EnumSource(value = LetterType.class, names = "CLIENT_MESSAGE", mode = EnumSource.Mode.EXCLUDE)
  void everyLetterRendersWithTheComplaintAndTheFirm(LetterType type) {
    Complaint complaint =
        intake.register(
            aComplaint().of("asekkey").byPost().sentOn(LocalDate.of(2026, 3, 2)).atLevel(2)
                .from("Jeanne Dupont", null, "3 rue des Lilas, 75011 Paris")
                .aboutContract("HAB-42").about("Dégât des eaux", "Sinistre <script>alert(1)</script> non indemnisé.")
                .build());

    register.recordMediatorReferral(complaint, null, LocalDate.of(2026, 5, 4));
    register.recordMediatorProposal(complaint, LocalDate.of(2026, 7, 1), "Rembourser la moitié.");
    Complaint referred = register.get(complaint.getReference());
    Letter letter =
        switch (type.recipient()) {
          case STAFF -> writer.writeToStaff(type, referred, "supervisors", DETAILS);
          case INSURER -> writer.writeToInsurer(type, referred, INSURER, DETAILS);
          default -> writer.write(type, referred, withInsurer(DETAILS));
        };

    assertThat(letter.getSubject()).isNotBlank().contains(complaint.getReference());
    assertThat(letter.getBody()).doesNotContain("[(", "[#", "null", " du  ", " le  ").contains("Dégât des eaux");
    switch (type.recipient()) {
      case COMPLAINANT -> assertThat(letter.getBody())
          .contains("Asekkey", "3 rue des Lilas, 75011 Paris", "Madame, Monsieur", "Service Réclamations");
      case MEDIATOR -> assertThat(letter.getRecipient()).isEqualTo("le.mediateur@mediation-assurance.org");
      case INSURER -> assertThat(letter.getRecipient()).isEqualTo("reclamations@mutuelle-exemple.example");
      case STAFF -> assertThat(letter.getBody()).contains("http://localhost:8080/camunda/app/tasklist/default/");
    }
    if (type == LetterType.ANSWER || type == LetterType.DELAY_NOTICE || type == LetterType.MEDIATION_INFORMATION) {
      assertThat(letter.getBody()).contains("La Médiation de l'Assurance", "TSA 50110", "le.mediateur@mediation-assurance.org");
    }
    Firm asekkey = firms.get("asekkey");
    String html = layout.html(asekkey, letter.getSubject(), letter.getBody());
    assertThat(html).contains("Asekkey", "Service Réclamations").doesNotContain("<script>");
    assertThat(layout.pdf(asekkey, letter.getSubject(), letter.getBody())).startsWith("%PDF-".getBytes());
    if (type.recipient() != LetterType.Recipient.STAFF) {
      assertThat(LetterHead.of(asekkey, LetterLayout.paragraphs(letter.getBody())))
          .as("%s opens with sender, recipient, date and reference: the PDF puts its recipient in the envelope's window", type)
          .isPresent();
    }
  }
}
