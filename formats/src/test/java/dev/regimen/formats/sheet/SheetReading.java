package dev.regimen.formats.sheet;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * How the tests read sheets, independently of the renderers: the rules for cleaning protocol text
 * as the package documentation states them, the safety box of a text sheet, and a Markdown sheet
 * as a CommonMark parser reads it.
 */
final class SheetReading {
  static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  /**
   * GFM as GitHub, marked and markdown-it with linkify read it: tables, and autolinks (a bare URL,
   * {@code www.} address or e-mail address in text becomes a link). {@code MarkdownAutolinkTest}
   * holds the sheets to it.
   */
  static final Parser GFM_PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create(), AutolinkExtension.create())).build();
  private static final TextContentRenderer PLAIN =
      TextContentRenderer.builder().extensions(EXTENSIONS).build();

  private SheetReading() {}

  /**
   * What protocol text must look like on a sheet once whitespace is ignored: control and format
   * characters gone, lone surrogates as U+FFFD, no whitespace.
   */
  static String expected(String protocolText) {
    StringBuilder b = new StringBuilder(protocolText.length());
    for (int i = 0; i < protocolText.length(); ) {
      int cp = protocolText.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || isWhitespace(cp)) {
        continue;
      }
      b.appendCodePoint(type == Character.SURROGATE ? 0xFFFD : cp);
    }
    return b.toString();
  }

  /** {@return the text without any whitespace} */
  static String squeezed(CharSequence text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!isWhitespace(cp)) {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  private static boolean isWhitespace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** {@return the lines of a sheet, without their newlines} */
  static List<String> lines(String sheet) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < sheet.length()) {
      int nl = sheet.indexOf('\n', start);
      if (nl < 0) {
        lines.add(sheet.substring(start));
        break;
      }
      lines.add(sheet.substring(start, nl));
      start = nl + 1;
    }
    return lines;
  }

  /**
   * The inside of a text sheet's safety box, frames stripped, whitespace removed; empty when the
   * sheet has no box.
   */
  static String safetyBox(String sheet, boolean ascii) {
    String corner = ascii ? "+=" : "\u250F";
    String bottom = ascii ? "+=" : "\u2517";
    String bar = ascii ? "|" : "\u2503";
    List<String> lines = lines(sheet);
    int top = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (top < 0 && lines.get(i).startsWith(corner)) {
        top = i;
      } else if (top >= 0 && lines.get(i).startsWith(bottom)) {
        end = i;
      }
    }
    if (top < 0) {
      return "";
    }
    StringBuilder inside = new StringBuilder();
    for (int i = top + 1; i < end; i++) {
      String line = lines.get(i);
      if (line.startsWith(bar)) {
        inside.append(line, bar.length(), line.length() - bar.length()).append(' ');
      }
    }
    return squeezed(inside);
  }

  /** {@return a Markdown sheet as a CommonMark parser reads it} */
  /**
   * {@return the Markdown parsed as CommonMark with tables}, where a code span that holds an
   * address (a URL, a {@code www.} address, an e-mail address) is turned back into the text it
   * shows: the writer puts an address from the protocol's text in a code span on purpose, so that
   * GFM renderers do not link it, and the reader sees its text. Every other code span stays one,
   * for the tests that look for markup that protocol text must never make.
   */
  static Node parse(String markdown) {
    Node document = PARSER.parse(markdown);
    List<org.commonmark.node.Code> addresses = new java.util.ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Code code) {
            if (ADDRESS.matcher(code.getLiteral()).lookingAt()) {
              addresses.add(code);
            }
          }
        });
    for (org.commonmark.node.Code code : addresses) {
      code.insertBefore(new Text(code.getLiteral()));
      code.unlink();
    }
    return document;
  }

  /** How an address that GFM renderers would link starts. */
  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile(
          "(?i)(?:[a-z][a-z0-9+.-]*://|www\\.|(?:mailto:|xmpp:)?[^\\s@]+@[^\\s@]+\\.)");

  /** {@return the text a reader sees of a node, whitespace removed} */
  static String plain(Node node) {
    return squeezed(PLAIN.render(node));
  }

  /**
   * {@return the literal text inside a node (its text nodes and code spans, in order), whitespace
   * removed}
   */
  static String literal(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Code c) {
            text.append(c.getLiteral());
          }
        });
    return squeezed(text);
  }

  /**
   * {@return the top-level blocks of a Markdown document, with the blocks of the safety callout (a
   * block quote that opens with its heading) in its place, in order}
   */
  static List<Node> blocks(Node document) {
    List<Node> blocks = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof BlockQuote && n.getFirstChild() instanceof Heading) {
        for (Node inner = n.getFirstChild(); inner != null; inner = inner.getNext()) {
          blocks.add(inner);
        }
      } else {
        blocks.add(n);
      }
    }
    return blocks;
  }

  /**
   * The text a reader sees of a Markdown sheet's section, from its level-2 heading to the next
   * level-2 heading, whitespace removed; empty when there is no such section.
   */
  static String markdownSection(Node document, String heading) {
    StringBuilder text = new StringBuilder();
    boolean inside = false;
    for (Node n : blocks(document)) {
      if (n instanceof Heading && ((Heading) n).getLevel() <= 2) {
        if (inside) {
          break;
        }
        inside = PLAIN.render(n).strip().equals(heading);
        continue;
      }
      if (inside) {
        text.append(PLAIN.render(n)).append('\n');
      }
    }
    return squeezed(text);
  }
}
