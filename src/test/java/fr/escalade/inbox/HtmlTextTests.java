package fr.escalade.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The text of an HTML e-mail, read the way its sender wrote it. */
class HtmlTextTests {

  @Test
  void entitiesReadAsTheCharactersTheyName() {
    assertThat(HtmlText.of("<p>R&eacute;clamation d&#8217;Ir&egrave;ne &amp; fils&nbsp;: &lt;urgent&gt; &#x20AC;</p>"))
        .isEqualTo("Réclamation d’Irène & fils : <urgent> €");
  }

  @Test
  void paragraphsAndLineBreaksStayReadable() {
    String html =
        "<html><head><title>Objet</title><style>p { color: red }</style></head><body>"
            + "<div>Madame, Monsieur,</div><p>Mon   sinistre\n  du 3 juin<br>n'est pas réglé.</p>"
            + "<ul><li>contrat 123</li><li>dossier <b>456</b></li></ul>"
            + "<script>alert('x')</script><p>Cordialement,<br><br>Gisèle</p></body></html>";

    assertThat(HtmlText.of(html))
        .isEqualTo("Madame, Monsieur,\n\nMon sinistre du 3 juin\nn'est pas réglé.\n\ncontrat 123\ndossier 456\n\n"
            + "Cordialement,\n\nGisèle");
  }

  @Test
  void tableCellsAreSeparated() {
    assertThat(HtmlText.of("<table><tr><td>Contrat</td><td>123</td></tr><tr><td>Sinistre</td><td>456</td></tr></table>"))
        .isEqualTo("Contrat 123\nSinistre 456");
  }

  @Test
  void noMarkupAtAllIsTheTextItself() {
    assertThat(HtmlText.of("  Bonjour,\n   je conteste.  ")).isEqualTo("Bonjour, je conteste.");
    assertThat(HtmlText.of("")).isEmpty();
  }

  @Test
  void hostileMarkupIsReadInOnePass() {
    // 400 KB of '<' sent the former regular expression into backtracking for hours
    String lessThans = "<".repeat(400_000);
    String unclosed = "<a href=\"".repeat(100_000);
    String nested = "<div>".repeat(50_000) + "fin";

    String text = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HtmlText.of(lessThans));
    assertThat(text).hasSize(400_000).matches("<+");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HtmlText.of(unclosed));
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HtmlText.of(nested))).isEqualTo("fin");
  }
}
