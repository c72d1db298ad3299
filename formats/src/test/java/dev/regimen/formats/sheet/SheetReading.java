package dev.regimen.formats.sheet;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
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
   * {@code www.} address or e-mail address in text becomes a link). The sheets do not hold up
   * under it yet (issue 16, item 7): {@code MarkdownAutolinkGapTest} pins exactly what fails.
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
  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

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
   * The text a reader sees of a Markdown sheet's section, from its level-2 heading to the next
   * level-2 heading, whitespace removed; empty when there is no such section.
   */
  static String markdownSection(Node document, String heading) {
    StringBuilder text = new StringBuilder();
    boolean inside = false;
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
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
