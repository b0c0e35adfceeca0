package fr.escalade.correspondence;

import fr.escalade.firm.Firm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The top of a letter — who writes, to whom, when and under which reference — read back from the
 * letter's text, so that the PDF can put the recipient in the envelope's window. Every letter to a
 * client, a mediator or an insurer opens with the same three paragraphs ({@code letters/_header},
 * {@code _mediator-header}, the insurer's letterhead): the sender, the recipient, then « Le … » and
 * the reference. A letter that does not (staff notices) is laid out as it is written.
 *
 * @param firm the firm's name, printed once at the top
 * @param sender the firm's service and postal address, a line each, without the firm's name again
 * @param recipient name and address, a line each
 * @param dateline the date and the reference
 */
record LetterHead(String firm, List<String> sender, List<String> recipient, List<String> dateline) {

  private static final Pattern REFERENCE_LINE = Pattern.compile("(?i)(notre |votre )?référence\\b.*");

  /** The head of {@code paragraphs}, when the letter opens with one; the paragraphs after it are the letter. */
  static Optional<LetterHead> of(Firm firm, List<List<String>> paragraphs) {
    if (paragraphs.size() < 4) {
      return Optional.empty();
    }
    List<String> dateline = paragraphs.get(2);
    if (dateline.size() < 2 || !dateline.get(0).startsWith("Le ") || !REFERENCE_LINE.matcher(dateline.get(1)).matches()) {
      return Optional.empty();
    }
    return Optional.of(new LetterHead(firm.name(), sender(firm, paragraphs.get(0)), addressLines(paragraphs.get(1)), dateline));
  }

  /** The service and its address; the firm's name is already the letterhead. */
  private static List<String> sender(Firm firm, List<String> lines) {
    String service = firm.complaintsService().name();
    List<String> sender = new ArrayList<>();
    sender.add(service);
    for (String line : addressLines(lines)) {
      String rest = withoutPrefix(withoutPrefix(line, firm.name()), service);
      if (!rest.isBlank()) {
        sender.add(rest);
      }
    }
    return sender;
  }

  private static String withoutPrefix(String line, String prefix) {
    if (!line.startsWith(prefix)) {
      return line;
    }
    return line.substring(prefix.length()).replaceFirst("^\\s*[–,-]\\s*", "");
  }

  /**
   * An address written on one line (« 3 rue des Lilas, 75011 Paris ») as the lines a postal address
   * has; a house number alone before a comma (« 3, rue des Lilas ») stays with its street.
   */
  static List<String> addressLines(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      String pending = null;
      for (String part : line.split(",")) {
        String piece = part.strip();
        if (piece.isEmpty()) {
          continue;
        }
        if (pending != null) {
          piece = pending + ", " + piece;
          pending = null;
        }
        if (piece.matches("\\d+\\s*(bis|ter|quater)?")) {
          pending = piece;
        } else {
          result.add(piece);
        }
      }
      if (pending != null) {
        result.add(pending);
      }
    }
    return result;
  }
}
