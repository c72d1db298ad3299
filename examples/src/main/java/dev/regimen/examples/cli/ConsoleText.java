package dev.regimen.examples.cli;

import dev.regimen.formats.sheet.TextSheet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from a protocol, a file name or an error message safe and tidy for a terminal: one
 * line, no control or format characters (so no escape sequence from a file can reach the
 * terminal), optionally spelled in ASCII, and wrapped to a width. The same rules as the sheets of
 * {@code dev.regimen.formats.sheet}, for the text the command prints around them.
 */
final class ConsoleText {
  private ConsoleText() {}

  /**
   * Tidies text into one line: every whitespace character a space, runs of spaces one space,
   * control and format characters removed, a lone surrogate replaced by U+FFFD; trimmed.
   *
   * @param text the text
   * @return the tidied line
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85) {
        space = out.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(type == Character.SURROGATE ? 0xFFFD : cp);
    }
    return out.toString();
  }

  /**
   * Tidies text into one line, as {@link #clean(String)}, and when {@code ascii} is set spells it
   * in ASCII: typographic quotes straight, dashes as hyphens, accents dropped, anything else as
   * {@code ?}.
   *
   * @param text the text
   * @param ascii whether the output must be ASCII
   * @return the line
   */
  static String line(String text, boolean ascii) {
    String clean = clean(text);
    return ascii ? ascii(clean) : clean;
  }

  /**
   * Spells a line in ASCII.
   *
   * @param text a line without control characters
   * @return the ASCII spelling
   */
  static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.append((char) cp);
        continue;
      }
      String spelled = spelling(cp);
      if (spelled != null) {
        out.append(spelled);
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
      int start = out.length();
      decomposed.codePoints().filter(d -> d >= 0x20 && d < 0x7F).forEach(d -> out.append((char) d));
      if (out.length() == start) {
        out.append('?');
      }
    }
    return out.toString();
  }

  private static String spelling(int cp) {
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
        return "'";
      case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB:
        return "\"";
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
        return "-";
      case 0x2014: case 0x2015:
        return "--";
      case 0x2026:
        return "...";
      case 0x2022: case 0x00B7: case 0x25CF: case 0x25E6:
        return "*";
      case 0x2192:
        return "->";
      case 0x2190:
        return "<-";
      case 0x00D7:
        return "x";
      case 0x2264:
        return "<=";
      case 0x2265:
        return ">=";
      case 0x00B0:
        return " degrees";
      case 0x00DF:
        return "ss";
      case 0x00E6:
        return "ae";
      case 0x00C6:
        return "AE";
      case 0x0153:
        return "oe";
      case 0x0152:
        return "OE";
      case 0x00F8:
        return "o";
      case 0x00D8:
        return "O";
      default:
        return null;
    }
  }

  /**
   * Wraps a line to a width, breaking between words; a word wider than the width is broken where
   * the line ends. Widths are counted in terminal columns, as {@link TextSheet#displayWidth}
   * counts them.
   *
   * @param line a line without control characters (see {@link #clean(String)})
   * @param width the widest line, at least 1
   * @return the lines, at least one (an empty line for empty text)
   */
  static List<String> wrap(String line, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int used = 0;
    for (String word : line.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int w = TextSheet.displayWidth(word);
      if (used > 0 && used + 1 + w <= width) {
        current.append(' ').append(word);
        used += 1 + w;
        continue;
      }
      if (used > 0) {
        lines.add(current.toString());
        current.setLength(0);
        used = 0;
      }
      // a word too wide for a line: break it, one code point at a time
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        int cw = TextSheet.displayWidth(new String(Character.toChars(cp)));
        if (used > 0 && used + cw > width) {
          lines.add(current.toString());
          current.setLength(0);
          used = 0;
        }
        current.appendCodePoint(cp);
        used += cw;
        i += Character.charCount(cp);
      }
    }
    if (used > 0 || lines.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }
}
