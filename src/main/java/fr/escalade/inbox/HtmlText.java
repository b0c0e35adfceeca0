package fr.escalade.inbox;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML e-mail, as a person reads it: entities decoded, scripts and styles left out,
 * paragraphs and line breaks kept. jsoup's parser reads its input once, so time grows with the size
 * of the mail whatever markup it holds (a regular expression over hostile markup did not).
 */
final class HtmlText {

  /** Elements set apart by a blank line. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre", "hr");

  /** Elements set apart by a space: the cells of a row stay on its line. */
  private static final Set<String> CELLS = Set.of("td", "th");

  private HtmlText() {}

  static String of(String html) {
    Writer text = new Writer();
    NodeTraversor.traverse(text, Jsoup.parse(html).body());
    return text.toString();
  }

  /** Whitespace collapsed as a browser does, breaks kept: two at most, none at either end. */
  private static final class Writer implements NodeVisitor {

    private final StringBuilder text = new StringBuilder();
    private int breaks;
    private boolean space;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode words) {
        append(words.getWholeText());
      } else if (node instanceof Element element) {
        if (element.normalName().equals("br")) {
          breaks = Math.min(2, breaks + 1);
        } else {
          blockEdge(element);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && !element.normalName().equals("br")) {
        blockEdge(element);
      }
    }

    private void blockEdge(Element element) {
      if (CELLS.contains(element.normalName())) {
        space = true;
      } else if (PARAGRAPHS.contains(element.normalName())) {
        breaks = 2;
      } else if (element.isBlock()) {
        breaks = Math.max(breaks, 1);
      }
    }

    private void append(String words) {
      for (int i = 0; i < words.length(); i++) {
        char c = words.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          space = true;
        } else {
          if (!text.isEmpty()) {
            text.append(breaks > 0 ? "\n".repeat(breaks) : space ? " " : "");
          }
          breaks = 0;
          space = false;
          text.append(c);
        }
      }
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
