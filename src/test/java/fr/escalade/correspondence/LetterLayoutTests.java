package fr.escalade.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escalade.firm.CalendarSettings;
import fr.escalade.firm.DayUnit;
import fr.escalade.firm.Firm;
import de.focus_shift.jollyday.core.HolidayCalendar;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/** A postal letter a window envelope shows the address of, with the firm named once at the top. */
class LetterLayoutTests {

  private static final float POINTS_PER_MM = 72f / 25.4f;

  static final Firm ASEKKEY =
      new Firm(
          "Asekkey",
          3,
          new CalendarSettings(HolidayCalendar.FRANCE, null, ZoneId.of("Europe/Paris"), DayUnit.JOUR_OUVRABLE, 10, 2),
          new Firm.Contact("Service Réclamations", "reclamation@asekkey.fr", "Asekkey – Service Réclamations, 10 rue de Penthièvre, 75008 Paris", null),
          null,
          Period.ofDays(60),
          "à compter de sa réception",
          new Firm.Mail("reclamation@asekkey.fr", null),
          null,
          null,
          null);

  /** As {@code letters/_header} writes it, the client's address typed on one line. */
  static final String BODY = """
      Asekkey – Service Réclamations, 10 rue de Penthièvre, 75008 Paris

      Jeanne Dupont
      Appartement 12, 3, rue des Lilas, 75011 Paris

      Le 2 mars 2026
      Référence : REC-2026-000001

      Madame, Monsieur,

      Nous accusons réception de votre réclamation.

      Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

      Le Service Réclamations
      """;

  private final LetterLayout layout = new LetterLayout();

  @Test
  void theRecipientsAddressSitsInTheWindowOfAFrenchEnvelopeALineEach() throws Exception {
    byte[] pdf = layout.pdf(ASEKKEY, "Accusé de réception de votre réclamation REC-2026-000001", BODY);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      // DL window envelope, window on the right: 45 to 95 mm from the top, up to 20 mm from the right edge
      String window = text(document, 100, 45, 90, 50);
      assertThat(window.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
          .containsExactly("Jeanne Dupont", "Appartement 12", "3, rue des Lilas", "75011 Paris");
      String top = text(document, 0, 0, 210, 110);
      assertThat(top.split("Asekkey", -1)).as("the firm's name once at the top: %s", top).hasSize(2);
      assertThat(top).contains("Service Réclamations", "10 rue de Penthièvre", "75008 Paris", "Le 2 mars 2026", "REC-2026-000001");
      assertThat(text(document, 0, 0, 100, 100)).as("nothing of the address left of the window").doesNotContain("Jeanne Dupont");
      Path png = Path.of("target", "letter-layout", "acknowledgement.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png", png.toFile());
    }
  }

  @Test
  void theEmailShowsTheSameBlocksWithTheFirmNamedOnce() {
    String html = layout.html(ASEKKEY, "Accusé de réception", BODY);

    assertThat(html.split("Asekkey", -1)).as(html).hasSize(2);
    assertThat(html).contains("Jeanne Dupont", "3, rue des Lilas", "75011 Paris", "Le 2 mars 2026").doesNotContain("position: absolute");
  }

  @Test
  void aStaffNoticeWithoutAnAddressBlockIsLaidOutAsWritten() {
    String html = layout.html(ASEKKEY, "Rappel", "Bonjour,\n\nUne échéance approche.");

    assertThat(html).contains("Asekkey – Service Réclamations", "Une échéance approche.");
    assertThat(LetterHead.addressLines(List.of("Pôle CSCA, TSA 50110, 75441 Paris Cedex 09")))
        .containsExactly("Pôle CSCA", "TSA 50110", "75441 Paris Cedex 09");
  }

  private static String text(PDDocument document, float xMm, float yMm, float widthMm, float heightMm) throws Exception {
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.addRegion("area", new Rectangle2D.Float(xMm * POINTS_PER_MM, yMm * POINTS_PER_MM, widthMm * POINTS_PER_MM, heightMm * POINTS_PER_MM));
    stripper.extractRegions(document.getPage(0));
    return stripper.getTextForRegion("area");
  }
}
