package fr.escalade.insurer;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.Correspondence;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.firm.ProductLines;
import fr.escalade.intake.ComplaintIntake;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A complaint that concerns the insurer goes to the insurer's complaints service with its file; the
 * client is told in writing to whom, and that the firm still acknowledges and answers its own part;
 * the register records the insurer, the product line and the day.
 */
@EscaladeSpringTest
class InsurerForwardingTests {

  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 3, 4, 10, 0);

  @Autowired InsurerForwarding forwarding;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired Correspondence correspondence;
  @Autowired LetterWriter writer;
  @Autowired ProductLines productLines;
  @Autowired TransactionTemplate transactions;

  private Complaint registered(String firm) {
    return intake.register(
        aComplaint().of(firm).byEmail().sentOn(LocalDate.of(2026, 3, 2)).atLevel(2)
            .from("Jeanne Dupont", "jeanne.dupont@example.fr", "3 rue des Lilas, 75011 Paris")
            .aboutContract("HAB-2024-0042")
            .about("Dégât des eaux non indemnisé", "Mon sinistre du 3 octobre n'est toujours pas indemnisé malgré trois relances.")
            .build());
  }

  private void forward(String reference, String insurer, String productLine) {
    transactions.executeWithoutResult(status -> forwarding.forward(register.get(reference), insurer, productLine));
  }

  private List<Correspondence.Entry> letters(String reference, LetterType type) {
    return correspondence.of(reference).stream().filter(letter -> letter.type() == type).toList();
  }

  @Test
  void theInsurerGetsTheComplaintAndItsFileByEmailAndTheRegisterRecordsIt() {
    String reference = registered("asekkey").getReference();
    transactions.executeWithoutResult(status ->
        writer.write(LetterType.ACKNOWLEDGEMENT, register.get(reference), Map.of()));

    forward(reference, "mutuelle-exemple", "HABITATION");

    Complaint forwarded = register.get(reference);
    assertThat(forwarded.getInsurer()).isEqualTo("mutuelle-exemple");
    assertThat(forwarded.getProductLine()).isEqualTo("HABITATION");
    assertThat(forwarded.getInsurerReferredOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(forwarded.getAnswerDueOn()).as("the firm's clocks are unchanged").isEqualTo(LocalDate.of(2026, 5, 2));

    Correspondence.Entry toInsurer = letters(reference, LetterType.INSURER_REFERRAL).get(0);
    assertThat(toInsurer.channel()).isEqualTo(DeliveryChannel.EMAIL);
    assertThat(toInsurer.recipient()).isEqualTo("reclamations@mutuelle-exemple.example");
    assertThat(toInsurer.subject()).isEqualTo("Transmission d'une réclamation – référence " + reference + " – Asekkey");
    assertThat(toInsurer.body())
        .contains(
            "Mutuelle Exemple Assurances – Service Réclamations",
            "Jeanne Dupont nous a adressé le 2 mars 2026 une réclamation qui porte sur un contrat que vous assurez"
                + " (contrat HAB-2024-0042), branche « Habitation »",
            "répondre directement à Jeanne Dupont pour ce qui vous concerne",
            "en nous adressant copie de votre réponse, sous notre référence " + reference,
            "court depuis le 2 mars 2026 et expire le 2 mai 2026",
            "  Courriel : jeanne.dupont@example.fr",
            "  Adresse : 3 rue des Lilas, 75011 Paris",
            "  Réclamation envoyée le : 2 mars 2026, reçue le 4 mars 2026",
            "  Objet : Dégât des eaux non indemnisé",
            "Mon sinistre du 3 octobre n'est toujours pas indemnisé malgré trois relances.",
            "  – 4 mars 2026, envoyé : Accusé de réception de votre réclamation " + reference,
            "Nous vous prions d'agréer, Madame, Monsieur",
            "Le Service Réclamations\nCourriel : ")
        .doesNotContain("null", "[(", "[#", "(aucune)");

    Correspondence.Entry toClient = letters(reference, LetterType.INSURER_REFERRAL_NOTICE).get(0);
    assertThat(toClient.recipient()).isEqualTo("jeanne.dupont@example.fr");
    assertThat(toClient.subject()).isEqualTo("Transmission de votre réclamation " + reference + " à Mutuelle Exemple Assurances");
    assertThat(toClient.body())
        .contains(
            "Nous avons donc transmis le 4 mars 2026 votre réclamation et son dossier au Service Réclamations de Mutuelle Exemple Assurances :",
            "  Mutuelle Exemple Assurances, 1 rue de l'Exemple".replace(", 1", " – Service Réclamations, 1"),
            "  Courriel : reclamations@mutuelle-exemple.example",
            "Nous restons votre interlocuteur",
            "nous vous répondrons pour ce qui nous concerne",
            "Notre réponse motivée vous parviendra au plus tard le 2 mai 2026.")
        .doesNotContain("null", "[(", "[#");
    assertThat(letters(reference, LetterType.INSURER_REFERRAL_NOTICE)).hasSize(1);
  }

  @Test
  void theClientIsToldTheAcknowledgementIsStillOwedAndAnInsurerWithoutEmailGetsTheFileByPost() {
    String reference = registered("asekkey").getReference();

    forward(reference, "prevoyance-exemple", "PREVOYANCE");

    Correspondence.Entry toInsurer = letters(reference, LetterType.INSURER_REFERRAL).get(0);
    assertThat(toInsurer.channel()).isEqualTo(DeliveryChannel.POST);
    assertThat(toInsurer.recipient())
        .isEqualTo("Exemple Prévoyance – Service Relations Clients\n"
            + "Exemple Prévoyance – Service Relations Clients, TSA 00000, 75000 Paris (adresse d'exemple)");
    assertThat(toInsurer.body()).contains("Correspondance échangée avec le client :\n  (aucune)", "branche « Prévoyance »");

    assertThat(letters(reference, LetterType.INSURER_REFERRAL_NOTICE).get(0).body())
        .contains(
            "au Service Relations Clients de Exemple Prévoyance :",
            "  Exemple Prévoyance – Service Relations Clients, TSA 00000, 75000 Paris (adresse d'exemple)",
            "Nous vous adresserons un accusé de réception au plus tard le 13 mars 2026.",
            "Notre réponse motivée vous parviendra au plus tard le 2 mai 2026.")
        .doesNotContain("Courriel : reclamations");
    assertThat(register.get(reference).getProductLine()).isEqualTo("PREVOYANCE");
  }

  @Test
  void theRegisterDateIsTodayWhereTheFirmWorks() {
    // 3 a.m. in Paris on 5 March is still 4 March in Guadeloupe
    clock.setParisTime(2026, 3, 5, 3, 0);
    String reference = registered("almena").getReference();

    forward(reference, "antilles-exemple", "AUTO");

    assertThat(register.get(reference).getInsurerReferredOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(letters(reference, LetterType.INSURER_REFERRAL).get(0).recipient()).isEqualTo("reclamations@antilles-exemple.example");
  }

  @Test
  void anInsurerOfAnotherFirmOrAnUnknownProductLineIsRefusedAndNothingIsWritten() {
    String reference = registered("asekkey").getReference();

    assertThatThrownBy(() -> forward(reference, "antilles-exemple", "AUTO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'antilles-exemple' is not an insurer of firm asekkey");
    assertThatThrownBy(() -> forward(reference, "mutuelle-exemple", "BATEAU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'BATEAU' is not a product line");

    assertThat(register.get(reference).getInsurer()).isNull();
    assertThat(letters(reference, LetterType.INSURER_REFERRAL)).isEmpty();
    assertThat(letters(reference, LetterType.INSURER_REFERRAL_NOTICE)).isEmpty();
  }

  @Test
  void aComplaintIsForwardedOnceAndASecondForwardingWritesNothing() {
    String reference = registered("asekkey").getReference();
    forward(reference, "mutuelle-exemple", "HABITATION");

    assertThatThrownBy(() -> forward(reference, "prevoyance-exemple", "PREVOYANCE"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already forwarded to insurer mutuelle-exemple");

    assertThat(register.get(reference).getInsurer()).isEqualTo("mutuelle-exemple");
    assertThat(letters(reference, LetterType.INSURER_REFERRAL)).hasSize(1);
    assertThat(letters(reference, LetterType.INSURER_REFERRAL_NOTICE)).hasSize(1);
  }

  @Test
  void problemsNameTheCallersFieldsAndWhatTheyAccept() {
    assertThat(forwarding.problems("asekkey", "mutuelle-exemple", "HABITATION", "insurer", "productLine")).isEmpty();
    assertThat(forwarding.problems("asekkey", " ", null, "assureur", "branche"))
        .containsExactly(
            new FieldProblem("assureur", "is required: the insurer the complaint is forwarded to, one of [mutuelle-exemple, prevoyance-exemple]"),
            new FieldProblem("branche", "is required: the product line of the contract concerned, one of " + productLines.ids()));
    assertThat(forwarding.problems("almena", "mutuelle-exemple", "habitation", "insurer", "productLine"))
        .containsExactly(
            new FieldProblem("insurer", "'mutuelle-exemple' is not an insurer of firm almena; its insurers: [antilles-exemple, caraibes-exemple]"),
            new FieldProblem("productLine", "'habitation' is not a product line; use one of " + productLines.ids()));
  }

  @Test
  void theNineProductLinesOfTheIssueAreConfiguredByDefault() {
    assertThat(productLines.ids())
        .containsExactly("AUTO", "HABITATION", "SANTE", "PREVOYANCE", "EMPRUNTEUR", "VIE_EPARGNE", "PROTECTION_JURIDIQUE",
            "PROFESSIONNELLE", "AUTRE");
    assertThat(productLines.find("VIE_EPARGNE").orElseThrow().label()).isEqualTo("Vie et épargne");
  }
}
