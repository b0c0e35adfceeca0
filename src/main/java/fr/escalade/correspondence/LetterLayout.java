package fr.escalade.correspondence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.escalade.firm.Firm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Lays a written letter out as HTML (the e-mail's rich part) and as a PDF (the postal letter), from
 * its plain text and {@code letters/_layout.html}. The text stays the one source of the wording;
 * everything in it is escaped, so a client's words never become markup.
 */
@Component
public class LetterLayout {

  private final SpringTemplateEngine templates = LetterTemplates.engine(TemplateMode.HTML, ".html");

  public String html(Firm firm, String subject, String body) {
    return render(firm, subject, body, false);
  }

  private String render(Firm firm, String subject, String body, boolean print) {
    Context context = new Context(Locale.FRANCE);
    List<List<String>> paragraphs = paragraphs(body);
    Optional<LetterHead> head = LetterHead.of(firm, paragraphs);
    context.setVariable("print", print);
    context.setVariable("head", head.orElse(null));
    context.setVariable("letterhead", firm.name() + " – " + firm.complaintsService().name());
    context.setVariable("subject", subject);
    context.setVariable("paragraphs", head.isPresent() ? paragraphs.subList(3, paragraphs.size()) : paragraphs);
    return templates.process("_layout", context);
  }

  /** The postal letter: A4, the recipient in the window of a French window envelope. */
  public byte[] pdf(Firm firm, String subject, String body) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(render(firm, subject, body, true), null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the letter '" + subject + "' to PDF", e);
    }
  }

  /** Paragraphs are separated by blank lines; a paragraph keeps its line breaks. */
  static List<List<String>> paragraphs(String body) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String block : body.strip().split("\\n\\s*\\n")) {
      paragraphs.add(Arrays.stream(block.split("\\n")).map(String::stripTrailing).toList());
    }
    return paragraphs;
  }
}
