package dev.regimen.formats.sheet;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a sheet as CommonMark, with a GitHub (GFM) table for the tracking grid, in the subset that
 * CommonMark, GFM and Python-Markdown (with its tables extension, as MkDocs runs it) render alike.
 * Paragraphs and list items are one line each (Markdown renderers wrap them); a line break inside
 * a block is a hard line break of two spaces at the end of the line, the one form all three
 * know (Python-Markdown shows a backslash break as a backslash). The safety callout is a block
 * quote that opens with its heading: a box in every renderer, and the only block quote with a
 * heading. Not thread-safe.
 *
 * <p>All text, the protocol's and the sheet's own, is escaped so that it shows literally, and
 * escaped only where a character would be markup, in forms all three renderers read: a backslash
 * before {@code \ ` * _ [ ] #} (which every renderer knows), a character reference for {@code <
 * & ~ $} ({@code &lt;}, {@code &amp;}, ...), which Python-Markdown would show after a backslash,
 * and {@code &#124;} for a {@code |} inside a table's cell, the only place it is markup. At the
 * start of a line, the characters that would open a block: {@code > - +} with a backslash, {@code
 * =} as a reference, and the {@code .} or {@code )} after leading digits with a backslash.
 * Whitespace runs inside protocol text collapse to one space; around it they are dropped. Only
 * http, https and mailto links become links; any other link is shown as text.
 *
 * <p>An address in protocol text (a URL with any scheme, a {@code www.} address, an e-mail
 * address) is shown as a code span: GFM renderers (GitHub, marked, markdown-it with linkify,
 * commonmark-java's autolink extension) would otherwise make it a live link that the model does not
 * declare. Punctuation that ends the sentence stays outside the span.
 */
final class MarkdownWriter extends SheetWriter {
  private static final int NONE = 0;
  private static final int PARAGRAPH = 1;
  private static final int BULLET = 2;
  private static final int NUMBERED = 3;
  private static final int HEADING = 4;

  /** At the start of a line, where a character may open a block. */
  private static final int START = 0;
  /** After digits at the start of a line, where a {@code .} or {@code )} makes a list item. */
  private static final int DIGITS = 1;
  /** Anywhere else. */
  private static final int NORMAL = 2;

  private static final int WEEK = 7;

  /**
   * Where an address that a GFM renderer would link starts: a scheme and {@code ://}, {@code www.}
   * not inside a word, an e-mail address (with {@code mailto:} or {@code xmpp:} or not); then up to
   * the next white space, {@code <} or {@code |} (which would end a table's cell even inside a
   * code span). Wider than what any one renderer links, never narrower.
   *
   * <p>A scheme starts only where no letter comes before it, and an e-mail address only where no
   * character of its name does: the leftmost address always starts there (one letter or name
   * character earlier would make an address too), and the search then reads a word once instead
   * of once for every character in it.
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:(?<![a-z])[a-z][a-z0-9+.-]*://|(?<![\\w.@-])www\\.|(?:mailto:|xmpp:|(?<![a-z0-9.+_-]))[a-z0-9.+_-]+@[a-z0-9_-]+(?:\\.[a-z0-9_-]+)+)"
              + "[^\\s<|]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** What ends a sentence or closes a bracket after an address, kept out of its code span. */
  private static final String TRAILING = "?!.,:;*_~'\")]>";

  /** Indents that continue a numbered list item's lines, by the width of its marker. */
  private static final String[] CONTINUATIONS = {
    "", " ", "  ", "   ", "    ", "     ", "      ", "       ", "        "
  };

  private final StringBuilder out;
  private final boolean ascii;
  private final Glyphs glyphs;
  private final SheetWording say;
  private final int start;
  private final StringBuilder spelled = new StringBuilder(8);
  private int lastBlock = NONE;
  private String continuation = "";
  private int state = NORMAL;
  private boolean space;
  private boolean lineHasText;
  /** Whether text goes into a table's cell, where a {@code |} would end it. */
  private boolean inCell;
  /** Where the safety callout starts in {@code out}, or -1 outside it. */
  private int safetyFrom = -1;

  MarkdownWriter(StringBuilder out, boolean ascii, String language) {
    this.glyphs = Glyphs.of(ascii, language);
    this.say = SheetWording.of(language);
    this.out = out;
    this.ascii = ascii;
    this.start = out.length();
  }

  @Override
  void title(CharSequence title) {
    heading("# ");
    data(title);
    end();
  }

  @Override
  void section(String heading) {
    heading("## ");
    text(heading);
    end();
  }

  @Override
  void beginSafety(String heading) {
    safetyFrom = out.length();
    section(heading);
  }

  /**
   * Makes the safety section a block quote: each of its lines after "> " (an empty one as ">"),
   * so that it stays one box that starts with its heading, in every renderer.
   */
  @Override
  void endSafety() {
    if (safetyFrom < 0) {
      return;
    }
    int from = safetyFrom;
    safetyFrom = -1;
    while (from < out.length() && out.charAt(from) == '\n') {
      from++; // the blank line before the box stays outside it
    }
    String box = out.substring(from);
    out.setLength(from);
    int lineStart = 0;
    while (lineStart < box.length()) {
      int lineEnd = box.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = box.length();
      }
      out.append(lineEnd == lineStart ? ">" : "> ").append(box, lineStart, lineEnd);
      if (lineEnd < box.length()) {
        out.append('\n');
      }
      lineStart = lineEnd + 1;
    }
  }

  @Override
  void subsection(String heading) {
    heading("### ");
    text(heading);
    end();
  }

  @Override
  void exercise(int number, CharSequence name) {
    heading("### ");
    number(number);
    text(". ");
    data(name);
    end();
  }

  @Override
  void listLabel(String label) {
    open(PARAGRAPH, "", "");
    strong(label);
    end();
  }

  @Override
  void paragraph() {
    open(PARAGRAPH, "", "");
  }

  @Override
  void labelled(String label) {
    open(PARAGRAPH, "", "");
    openStrong();
    text(label);
    text(":");
    closeStrong();
    text(" ");
  }

  @Override
  void item(int number, int count) {
    if (number <= 0) {
      open(BULLET, "- ", "  ");
    } else {
      int width = digits(number) + 2;
      open(NUMBERED, "", spaces(width));
      out.append(number).append(". ");
    }
  }

  @Override
  void timed(String time, int width) {
    open(BULLET, "- ", "  ");
    strong(time);
    text(" ");
  }

  @Override
  void quotation() {
    open(PARAGRAPH, "> ", "> ");
  }

  @Override
  void lineBreak() {
    if (!lineHasText) {
      return;
    }
    space = false;
    out.append("  \n").append(continuation);
    state = START;
    lineHasText = false;
  }

  @Override
  void end() {
    space = false;
    out.append('\n');
    state = NORMAL;
    lineHasText = false;
  }

  @Override
  void gap() {
    // Markdown separates blocks itself.
  }

  @Override
  void text(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        space = lineHasText;
      } else if (cp == 0xA0) {
        visible(' ');
      } else {
        visible(cp);
      }
    }
  }

  @Override
  void data(CharSequence text) {
    data(text, false);
  }

  /**
   * Writes protocol text; whitespace counts only between its own characters: before the first and
   * after the last it is dropped, so that the sheet's punctuation follows the text directly.
   */
  private void data(CharSequence text, boolean capitalize) {
    boolean seen = false;
    boolean pending = false;
    Matcher address = mayHoldAddress(text) ? ADDRESS.matcher(text) : null;
    int addressStart = -1;
    int addressEnd = -1;
    if (address != null && nextAddress(address, text, 0)) {
      addressStart = address.start();
      addressEnd = trimmedEnd(text, address.start(), address.end());
    }
    for (int i = 0; i < text.length(); ) {
      if (i == addressStart) {
        if (pending) {
          space = lineHasText;
          pending = false;
        }
        codeSpan(text, addressStart, addressEnd, capitalize && !seen);
        seen = true;
        i = addressEnd;
        addressStart = -1;
        if (nextAddress(address, text, address.end())) {
          addressStart = address.start();
          addressEnd = trimmedEnd(text, address.start(), address.end());
        }
        continue;
      }
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int kept = Chars.clean(cp);
      if (kept == Chars.SPACE) {
        pending = seen;
      } else if (kept != Chars.DROP) {
        if (pending) {
          space = lineHasText;
          pending = false;
        }
        visible(capitalize && !seen ? Chars.capital(kept) : kept);
        seen = true;
      }
    }
  }

  /**
   * Whether the text has what every address has: an {@code @}, a {@code ://} or a {@code www.} in
   * any case. Most protocol text has none, and is then never searched.
   */
  private static boolean mayHoldAddress(CharSequence text) {
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c == '@'
          || (c == ':' && i + 2 <= last && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/')
          || ((c | 0x20) == 'w'
              && i + 3 <= last
              && (text.charAt(i + 1) | 0x20) == 'w'
              && (text.charAt(i + 2) | 0x20) == 'w'
              && text.charAt(i + 3) == '.')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The addresses in protocol text that the writer shows as code spans, as the start and end of
   * each in turn, for tests.
   */
  static List<Integer> addresses(CharSequence text) {
    List<Integer> found = new ArrayList<>();
    if (mayHoldAddress(text)) {
      Matcher address = ADDRESS.matcher(text);
      int from = 0;
      while (nextAddress(address, text, from)) {
        found.add(address.start());
        found.add(trimmedEnd(text, address.start(), address.end()));
        from = address.end();
      }
    }
    return found;
  }

  /**
   * Finds the next address from {@code from} that is still one without the punctuation after it
   * ({@code www.} alone, followed by a {@code |}, is not: no renderer links it).
   */
  private static boolean nextAddress(Matcher address, CharSequence text, int from) {
    int at = from;
    while (at <= text.length() && address.find(at)) {
      int end = trimmedEnd(text, address.start(), address.end());
      if (ADDRESS.matcher(text.subSequence(address.start(), end)).lookingAt()) {
        return true;
      }
      at = address.end();
    }
    return false;
  }

  /** The end of an address without the sentence's punctuation after it; never before its start. */
  private static int trimmedEnd(CharSequence text, int start, int end) {
    while (end > start + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /**
   * Writes protocol text as a code span, in which nothing is escaped and nothing links: fenced by
   * one backtick more than its longest run of backticks, padded with a space where it starts or
   * ends with one.
   */
  private void codeSpan(CharSequence text, int from, int to, boolean capitalize) {
    spelled.setLength(0);
    boolean first = true;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int kept = Chars.clean(cp);
      if (kept == Chars.DROP || kept == Chars.SPACE) {
        continue;
      }
      if (capitalize && first) {
        kept = Chars.capital(kept);
      }
      first = false;
      if (ascii && kept >= 0x80) {
        Chars.appendAscii(kept, spelled);
      } else {
        spelled.appendCodePoint(kept);
      }
    }
    if (spelled.length() == 0) {
      return;
    }
    int longest = 0;
    for (int i = 0, run = 0; i < spelled.length(); i++) {
      run = spelled.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = spelled.charAt(0) == '`' || spelled.charAt(spelled.length() - 1) == '`';
    flushSpace();
    out.append(fence).append(pad ? " " : "").append(spelled).append(pad ? " " : "").append(fence);
    spelled.setLength(0);
    state = NORMAL;
    lineHasText = true;
  }

  @Override
  void quoted(CharSequence text) {
    text(glyphs.openQuote);
    text(text);
    text(glyphs.closeQuote);
  }

  @Override
  void quotedData(CharSequence text) {
    text(glyphs.openQuote);
    data(text);
    text(glyphs.closeQuote);
  }

  @Override
  void number(int n) {
    flushSpace();
    out.append(n);
    state = state == START || state == DIGITS ? DIGITS : NORMAL;
    lineHasText = true;
  }

  @Override
  void dataCapitalized(CharSequence text) {
    data(text, true);
  }

  @Override
  void dataUnbroken(CharSequence text) {
    data(text);
  }

  @Override
  void strong(CharSequence text) {
    openStrong();
    text(text);
    closeStrong();
  }

  @Override
  void strongData(CharSequence text) {
    if (!hasVisible(text)) {
      return;
    }
    openStrong();
    data(text);
    closeStrong();
  }

  @Override
  void link(URI uri) {
    String s = uri.toASCIIString();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
      flushSpace();
      out.append('<').append(s).append('>');
      state = NORMAL;
      lineHasText = true;
    } else {
      data(s);
    }
  }

  @Override
  void grid(List<? extends CharSequence> rows, int days, boolean painScore) {
    for (int from = 1; from <= days; from += WEEK) {
      int to = days <= WEEK ? days : Math.min(days, from + WEEK - 1);
      if (days > WEEK) {
        paragraph();
        say.phrase("grid.days")
            .with("from", from)
            .with("range", glyphs.range)
            .with("to", to)
            .write(this);
        end();
      }
      open(PARAGRAPH, "", "");
      out.append("| ");
      cell(say.text("grid.exercise"));
      out.append(" |");
      for (int d = from; d <= to; d++) {
        out.append(' ');
        cell(say.phrase("grid.day").with("day", Integer.toString(d)).text());
        out.append(" |");
      }
      out.append("\n| :--- |");
      for (int d = from; d <= to; d++) {
        out.append(" :---: |");
      }
      out.append('\n');
      for (int i = 0; i < rows.size(); i++) {
        out.append("| ");
        state = NORMAL;
        lineHasText = true;
        space = false;
        number(i + 1);
        text(". ");
        inCell = true;
        data(rows.get(i));
        inCell = false;
        space = false;
        out.append(" |");
        for (int d = from; d <= to; d++) {
          out.append(' ').append(glyphs.checkBox).append(" |");
        }
        out.append('\n');
      }
      if (painScore) {
        out.append("| ");
        cell(say.phrase("grid.painScore").with("range", glyphs.range).text());
        out.append(" |");
        for (int d = from; d <= to; d++) {
          out.append("   |");
        }
        out.append('\n');
      }
      state = NORMAL;
      lineHasText = false;
      space = false;
      if (days <= WEEK) {
        break;
      }
    }
    lastBlock = PARAGRAPH;
  }

  /** Writes the sheet's own words in a cell of the grid, as {@link #text} writes them. */
  private void cell(String words) {
    state = NORMAL;
    lineHasText = true;
    space = false;
    text(words);
    space = false;
  }

  /** One paragraph, a detail a line: the label in bold, then the value. */
  @Override
  void details(List<String> labels, List<? extends CharSequence> values) {
    open(PARAGRAPH, "", "");
    for (int i = 0; i < labels.size(); i++) {
      lineBreak();
      openStrong();
      text(labels.get(i));
      text(":");
      closeStrong();
      text(" ");
      data(values.get(i));
    }
    end();
  }

  /** The address as a link: a Markdown page draws no QR code. */
  @Override
  void qrCode(URI target) {
    open(PARAGRAPH, "", "");
    say.phrase("qr.openAddress").with("address", w -> link(target)).write(this);
    end();
  }

  @Override
  void finish() {
    // Every block ends with a newline and nothing follows the last one.
  }

  private void heading(String marker) {
    open(HEADING, marker, "");
  }

  private void open(int kind, String marker, String continuation) {
    if (out.length() > start && !(kind == lastBlock && (kind == BULLET || kind == NUMBERED))) {
      out.append('\n');
    }
    lastBlock = kind;
    out.append(marker);
    this.continuation = continuation;
    state = kind == HEADING ? NORMAL : START;
    space = false;
    lineHasText = false;
  }

  private void openStrong() {
    flushSpace();
    out.append("**");
    state = NORMAL;
    lineHasText = true;
    space = false;
  }

  private void closeStrong() {
    boolean pending = space;
    out.append("**");
    space = pending;
  }

  private void flushSpace() {
    if (space) {
      out.append(' ');
      space = false;
    }
  }

  /** Writes one visible code point, escaped, spelled in ASCII in ASCII-only output. */
  private void visible(int cp) {
    if (ascii && cp >= 0x80) {
      spelled.setLength(0);
      Chars.appendAscii(cp, spelled);
      for (int i = 0; i < spelled.length(); i++) {
        char c = spelled.charAt(i);
        if (c == ' ') {
          space = lineHasText;
        } else {
          escaped(c);
        }
      }
      return;
    }
    escaped(cp);
  }

  private void escaped(int cp) {
    flushSpace();
    lineHasText = true;
    String reference = null;
    switch (cp) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '#':
        out.append('\\');
        break;
      case '<':
        reference = "&lt;";
        break;
      case '&':
        reference = "&amp;";
        break;
      case '~':
        reference = "&#126;";
        break;
      case '$':
        reference = "&#36;";
        break;
      case '|':
        if (inCell) {
          reference = "&#124;";
        }
        break;
      case '>': case '-': case '+':
        if (state == START) {
          out.append('\\');
        }
        break;
      case '=':
        if (state == START) {
          reference = "&#61;";
        }
        break;
      case '.': case ')':
        if (state == DIGITS) {
          out.append('\\');
        }
        break;
      default:
        break;
    }
    state = cp >= '0' && cp <= '9' && (state == START || state == DIGITS) ? DIGITS : NORMAL;
    if (reference != null) {
      out.append(reference);
    } else {
      out.appendCodePoint(cp);
    }
  }

  private static boolean hasVisible(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int kept = Chars.clean(cp);
      if (kept != Chars.SPACE && kept != Chars.DROP) {
        return true;
      }
    }
    return false;
  }

  private static int digits(int n) {
    int d = 1;
    while (n >= 10) {
      n /= 10;
      d++;
    }
    return d;
  }

  private static String spaces(int n) {
    return n < CONTINUATIONS.length ? CONTINUATIONS[n] : " ".repeat(n);
  }
}
