package fr.escalade.correspondence;

import static fr.escalade.intake.NewComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.EscaladeSpringTest;
import fr.escalade.TestClockExtension;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.firm.Firms;
import fr.escalade.intake.ComplaintIntake;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every letter, for both firms, read as a French client and a compliance officer would: dates
 * written « 1er juin », « À la suite de », the firm named at most twice, nothing left of the
 * template, no English, and the mediator wherever the regulation requires it.
 */
@EscaladeSpringTest
@Transactional
class EveryLetterReadsRightTests {

  /** The letters the regulation wants to name the mediator and how to reach them. */
  static final Set<LetterType> NAMING_THE_MEDIATOR =
      Set.of(LetterType.ANSWER, LetterType.DELAY_NOTICE, LetterType.MEDIATION_INFORMATION);

  private static final Pattern BARE_FIRST_OF_MONTH =
      Pattern.compile("(?<![0-9])1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)");
  private static final Pattern ENGLISH =
      Pattern.compile("\\b(the|and|of|to|your|our|dear|please|complaint|answer|true|false|null)\\b", Pattern.CASE_INSENSITIVE);

  @Autowired ComplaintIntake intake;
  @Autowired ComplaintRegister register;
  @Autowired LetterWriter writer;
  @Autowired Firms firms;

  // 1 June 2026 in Paris and in Guadeloupe: every date of the month's first day is written
  @RegisterExtension final TestClockExtension clock = TestClockExtension.parisTime(2026, 6, 1, 14, 5);

  static Stream<Arguments> everyLetterOfBothFirms() {
    return Arrays.stream(LetterType.values())
        .filter(type -> type != LetterType.CLIENT_MESSAGE)
        .flatMap(type -> Stream.of(Arguments.of(type, "asekkey"), Arguments.of(type, "almena")));
  }

  /** A complaint posted on 1 April and received on 2 April, referred to the mediator who proposed a solution. */
  private Complaint complaintOf(String firm, Channel channel) {
    Complaint complaint =
        intake.register(
            aComplaint().of(firm).by(channel).sentOn(LocalDate.of(2026, 4, 1)).atLevel(2)
                .from("Jeanne Dupont", null, "3 rue des Lilas, 75011 Paris")
                .aboutContract("HAB-42").about("Dégât des eaux", "Sinistre non indemnisé.")
                .build());
    return complaint;
  }

  private Complaint referred(Complaint complaint) {
    register.recordMediatorReferral(complaint, null, LocalDate.of(2026, 6, 1));
    register.recordMediatorProposal(complaint, LocalDate.of(2026, 6, 1), "Rembourser la moitié.");
    return register.get(complaint.getReference());
  }

  private static Map<String, Object> details(String firmZone) {
    Map<String, Object> details = new HashMap<>(LetterTemplatesTests.DETAILS);
    details.put("submittedAt", ZonedDateTime.parse("2026-06-01T08:05:00-04:00[America/Guadeloupe]").withZoneSameInstant(java.time.ZoneId.of(firmZone)));
    details.put("expectedAnswerOn", LocalDate.of(2026, 7, 1));
    details.put("deadline", LocalDate.of(2026, 6, 1));
    details.put("replyText", "Vous trouverez ci-joint l'attestation demandée.");
    details.put("mediatorFileSummary", "Le client conteste l'application de la franchise.");
    details.put("correspondence", java.util.List.of("1er avril 2026, reçu : Dégât des eaux"));
    details.put("referralReceivedOn", LocalDate.of(2026, 6, 1));
    details.put("withdrawnOn", LocalDate.of(2026, 6, 1));
    details.put("insurer", LetterTemplatesTests.INSURER);
    details.put("productLineLabel", "Habitation");
    return details;
  }

  private String render(LetterType type, Complaint complaint) {
    return writer.render(type, complaint, details(firms.get(complaint.getFirm()).calendar().timeZone().getId()));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("everyLetterOfBothFirms")
  void everyLetterReadsAsAFirmCanSignIt(LetterType type, String firmId) {
    Channel channel =
        type == LetterType.ORAL_SETTLEMENT_CONFIRMATION || type == LetterType.WRITTEN_CONFIRMATION_REQUEST
            ? Channel.PHONE
            : type == LetterType.SUBMISSION_COPY ? Channel.WEB : Channel.POST;
    Complaint complaint = referred(complaintOf(firmId, channel));
    String firmName = firms.get(firmId).name();

    String letter = render(type, complaint);

    assertThat(letter).as("the complaint is named").contains(complaint.getReference());
    Matcher bareDate = BARE_FIRST_OF_MONTH.matcher(letter);
    assertThat(bareDate.find()).as("« 1er » for the first of the month, not: %s", bareDate.find(0) ? bareDate.group() : "").isFalse();
    assertThat(letter).contains("1er").doesNotContain("Suite à", "suite à");
    assertThat(occurrences(letter, firmName)).as("%s named at most twice in:%n%s", firmName, letter).isLessThanOrEqualTo(2);
    assertThat(letter).doesNotContain("${", "[(", "[#", "#{", "P2M", "P60D", "HH:mm");
    Matcher english = ENGLISH.matcher(letter);
    assertThat(english.find()).as("no English (or null), found « %s » in:%n%s", english.find(0) ? english.group() : "", letter).isFalse();
    if (NAMING_THE_MEDIATOR.contains(type)) {
      assertThat(letter).contains("La Médiation de l'Assurance", "TSA 50110", "gratuitement le médiateur", "jusqu'au 1er avril 2027");
    }
    if (type == LetterType.ANSWER) {
      assertThat(letter).contains("Si cette réponse ne vous satisfait pas").doesNotContain("en l'absence de réponse");
    }
    if (type == LetterType.DELAY_NOTICE || type == LetterType.MEDIATION_INFORMATION) {
      assertThat(letter).contains("Sans attendre notre réponse").doesNotContain("Si cette réponse ne vous satisfait pas");
    }
    if (type.recipient() == LetterType.Recipient.MEDIATOR) {
      assertThat(letter).contains("Madame, Monsieur le Médiateur,", "Nous vous prions d'agréer");
    }
    if (type == LetterType.SUBMISSION_COPY) {
      assertThat(letter).contains("1er juin 2026 à ").contains(firmId.equals("asekkey") ? "(heure de Paris)" : "(heure de la Guadeloupe)");
    }
  }

  @Test
  void theAcknowledgementCountsTwoMonthsFromTheDateItReallyCountsFrom() {
    Complaint postedBeforeReceived = complaintOf("asekkey", Channel.POST);
    Complaint receivedTheDaySent =
        intake.register(aComplaint().of("almena").byPost().sentAndReceivedOn(LocalDate.of(2026, 5, 29))
            .from("Jeanne Dupont", null, "3 rue des Lilas, 75011 Paris").build());

    assertThat(render(LetterType.ACKNOWLEDGEMENT, postedBeforeReceived))
        .as("sent on 1 April, received on 2 April: the stricter date, not the firm's « from receipt »")
        .contains("au plus tard le 1er juin 2026, dans le délai de 2 mois à compter de son envoi, le 1er avril 2026.")
        .doesNotContain("à compter de sa réception");
    assertThat(render(LetterType.ACKNOWLEDGEMENT, receivedTheDaySent))
        .as("received the day it was sent: the firm's own wording is true")
        .contains("dans le délai de 2 mois à compter de la réception de votre réclamation.");
  }

  @Test
  void theFileToTheMediatorCarriesTheAnswerAndTheCorrespondence() {
    Complaint complaint = referred(complaintOf("almena", Channel.POST));
    register.recordAnswerSent(complaint, LocalDate.of(2026, 5, 20));
    Map<String, Object> details = details("America/Guadeloupe");
    details.put("answerText", "La franchise contractuelle s'applique.");

    String file = writer.render(LetterType.MEDIATOR_FILE, register.get(complaint.getReference()), details);

    assertThat(file)
        .contains(
            "Notre réponse motivée a été envoyée le 20 mai 2026.",
            "Texte de notre réponse :\nLa franchise contractuelle s'applique.",
            "Correspondance échangée :\n  – 1er avril 2026, reçu : Dégât des eaux",
            "Nous vous prions d'agréer, Madame, Monsieur le Médiateur, l'expression de notre considération distinguée.");
  }

  private static int occurrences(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      count++;
    }
    return count;
  }
}
