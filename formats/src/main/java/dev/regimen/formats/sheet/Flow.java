package dev.regimen.formats.sheet;

/**
 * Fills lines of a fixed width with words: the layout engine of the text sheet. Text arrives in
 * pieces; a space in a piece ends a word, pieces without a space between them make one word. A
 * word goes on the current line when it fits, else it starts the next line, indented; a word
 * wider than a whole line is broken where the line ends. Lines never end with a space, and every
 * line, framed or not, fits the width. One instance writes one sheet: not thread-safe.
 *
 * <p>Widths are in terminal columns as {@link Chars#columns(int)} counts them.
 *
 * <p>A word is written to the output as it arrives, after the space before it; where it ends,
 * it is taken back (with that space) and moved to the next line if it does not fit, so that the
 * words that fit, nearly all of them, are copied once. A block ends ({@link #end()}) before
 * the next begins and before anything else ({@link #blank()}, {@link #rule}, {@link #raw}) is
 * written.
 */
final class Flow {
  /** The fewest columns left on a line for a word that must be split to start there. */
  private static final int MIN_SPLIT_START = 8;

  /** Spaces to pad lines with, copied a run at a time. */
  private static final String SPACES = " ".repeat(64);

  private final TextBuffer out;
  private final int width;
  private final boolean ascii;
  /** A word wider than a line, while it is split. */
  private final StringBuilder word = new StringBuilder(48);
  /** Where the word being written starts in the output, -1 between words. */
  private int wordStart = -1;
  /** Where the space before the word being written is, -1 when none was written before it. */
  private int gapAt = -1;
  /** Whether the line was opened for the word being written, which then stays on it. */
  private boolean opened;
  private int wordColumns;
  /** The last rule's character, repeated at least as often as it last was or the width. */
  private String rule = "";

  private String prefix = "";
  private String suffix = "";
  private int prefixColumns;
  private int suffixColumns;

  private int firstIndent;
  private int hangingIndent;
  private int linesInBlock;
  private boolean lineOpen;
  private int lineStart;
  private int column;
  private boolean space;
  private int widest;

  Flow(TextBuffer out, int width, boolean ascii) {
    this.out = out;
    this.width = width;
    this.ascii = ascii;
  }

  /**
   * Frames every following line: {@code prefix} before it and {@code suffix} after it, the line
   * padded with spaces so that the suffix ends at the width. Empty strings for no frame.
   *
   * @param prefix what starts every line
   * @param suffix what ends every line
   */
  void frame(String prefix, String suffix) {
    this.prefix = prefix;
    this.suffix = suffix;
    this.prefixColumns = Chars.columns(prefix);
    this.suffixColumns = Chars.columns(suffix);
  }

  /**
   * Starts a block of text.
   *
   * @param first the indent of its first line
   * @param hanging the indent of its other lines
   */
  void begin(int first, int hanging) {
    firstIndent = first;
    hangingIndent = hanging;
    linesInBlock = 0;
    lineOpen = false;
    space = false;
    widest = 0;
  }

  /**
   * Adds the sheet's own wording. A space ends a word; U+00A0 is written as a space inside a word.
   *
   * @param text the wording, without control characters
   */
  void fixed(CharSequence text) {
    int n = text.length();
    // Below this, a character other than a space or a no-break space is written as it is, one
    // column wide: runs of them are copied whole.
    char plain = ascii ? (char) 0x80 : (char) 0x300;
    for (int i = 0; i < n; ) {
      int run = i;
      while (run < n) {
        char c = text.charAt(run);
        if (c >= plain || c == ' ' || c == 0xA0) {
          break;
        }
        run++;
      }
      if (run > i) {
        startWord();
        out.append(text, i, run);
        wordColumns += run - i;
        i = run;
        if (i == n) {
          break;
        }
      }
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        breakWord();
        continue;
      }
      startWord();
      if (cp == 0xA0) {
        out.append(' ');
        wordColumns++;
      } else if (ascii && cp >= 0x80) {
        String spelled = Chars.ascii(cp);
        out.append(spelled);
        wordColumns += spelled.length();
      } else {
        out.appendCodePoint(cp);
        wordColumns += Chars.columns(cp);
      }
    }
  }

  /**
   * Adds text from a protocol, cleaned by the rules of {@link Chars}: whitespace between its
   * characters ends a word, whitespace before or after them is dropped,
   * control and format characters are dropped, and in ASCII-only output other characters are
   * spelled in ASCII.
   *
   * @param text the protocol's text
   */
  void data(CharSequence text) {
    data(text, false);
  }

  /**
   * Adds text from a protocol as {@link #data(CharSequence)} does; with {@code unbroken}, its
   * spaces are written as spaces inside one word, so that the text moves to the next line whole,
   * unless it is too wide for a line, when it breaks between words as any text does.
   *
   * @param text the protocol's text
   * @param unbroken whether the text is kept on one line
   */
  void data(CharSequence text, boolean unbroken) {
    data(text, unbroken, false);
  }

  /**
   * Adds text from a protocol as {@link #data(CharSequence, boolean)} does, its first letter
   * upper-cased with {@code capitalize}.
   *
   * @param text the protocol's text
   * @param unbroken whether the text is kept on one line
   * @param capitalize whether the first letter is upper-cased
   */
  void data(CharSequence text, boolean unbroken, boolean capitalize) {
    if (unbroken && roughColumns(text) > width - prefixColumns - suffixColumns - hangingIndent - 4) {
      unbroken = false;
    }
    // Whitespace counts only between the text's own characters: before the first and after the
    // last it is dropped, so that the sheet's punctuation follows the text directly.
    boolean seen = false;
    boolean pending = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (!capitalize) {
        // A run of printable ASCII, kept as it is and one column a character, is copied whole.
        int run = i;
        while (run < n) {
          char c = text.charAt(run);
          if (c <= ' ' || c >= 0x7F) {
            break;
          }
          run++;
        }
        if (run > i) {
          if (pending) {
            space(unbroken);
            pending = false;
          }
          seen = true;
          startWord();
          out.append(text, i, run);
          wordColumns += run - i;
          i = run;
          if (i == n) {
            break;
          }
        }
      }
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int kept = cp == ' ' ? Chars.SPACE : Chars.clean(cp);
      if (kept == Chars.SPACE) {
        pending = seen;
      } else if (kept == Chars.DROP) {
        continue;
      } else {
        if (pending) {
          space(unbroken);
          pending = false;
        }
        seen = true;
        if (capitalize) {
          kept = Chars.capital(kept);
          capitalize = false;
        }
        append(kept);
      }
    }
  }

  /** A space between two characters of protocol text: inside the word when unbroken, else a break. */
  private void space(boolean unbroken) {
    if (unbroken) {
      startWord();
      out.append(' ');
      wordColumns++;
    } else {
      breakWord();
    }
  }

  /** {@return at least the columns {@code text} takes once cleaned and, in ASCII, spelled} */
  private int roughColumns(CharSequence text) {
    if (!ascii) {
      return Chars.columns(text);
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) < 0x80 ? 1 : 8;
    }
    return n;
  }

  private void append(int kept) {
    startWord();
    if (kept < 0x80) {
      out.append((char) kept);
      wordColumns++;
    } else if (ascii) {
      String spelled = Chars.ascii(kept);
      out.append(spelled);
      wordColumns += spelled.length();
    } else {
      out.appendCodePoint(kept);
      wordColumns += Chars.columns(kept);
    }
  }

  /**
   * Adds a number as the sheet's own wording.
   *
   * @param n the number
   */
  void number(int n) {
    startWord();
    int before = out.length();
    out.append(n);
    wordColumns += out.length() - before;
  }

  /**
   * Adds the sheet's own wording in capitals, spelled in ASCII in ASCII-only output.
   *
   * @param text the wording
   */
  void fixedUpper(CharSequence text) {
    StringBuilder upper = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      // By code point and locale-free: "sesión" is "SESIÓN" whatever the JVM's default locale.
      upper.appendCodePoint(Character.toUpperCase(cp));
    }
    fixed(upper);
  }

  /** Ends the current line of the block; what follows starts a new line at the hanging indent. */
  void lineBreak() {
    flushWord();
    if (lineOpen) {
      closeLine();
    }
    space = false;
  }

  /** Ends the block. */
  void end() {
    flushWord();
    if (lineOpen) {
      closeLine();
    }
    space = false;
  }

  /** {@return the widest line of the last block, in columns from inside the frame} */
  int widest() {
    return widest;
  }

  /** Writes an empty line, framed when a frame is set. */
  void blank() {
    if (prefix.isEmpty() && suffix.isEmpty()) {
      out.append('\n');
      return;
    }
    out.append(prefix);
    pad(width - suffixColumns - prefixColumns);
    out.append(suffix).append('\n');
  }

  /**
   * Writes a line as it is, unframed: rules and borders the caller has sized to fit.
   *
   * @param line the line, without its newline
   */
  void raw(CharSequence line) {
    out.append(line).append('\n');
  }

  /**
   * Writes {@code count} copies of {@code c} and a newline, unframed.
   *
   * @param left what starts the line
   * @param fill the character repeated
   * @param count how many times
   * @param right what ends the line
   */
  void rule(String left, char fill, int count, String right) {
    out.append(left);
    if (count > 0) {
      if (rule.isEmpty() || rule.charAt(0) != fill || rule.length() < count) {
        rule = String.valueOf(fill).repeat(Math.max(count, width));
      }
      out.append(rule, 0, count);
    }
    out.append(right).append('\n');
  }

  private void breakWord() {
    flushWord();
    space = lineOpen;
  }

  /**
   * Starts a word where none is being written: on a new line when none is open, else after the
   * space before it, if any.
   */
  private void startWord() {
    if (wordStart >= 0) {
      return;
    }
    if (!lineOpen) {
      openLine();
      opened = true;
    } else {
      opened = false;
      if (space) {
        gapAt = out.length();
        out.append(' ');
      }
    }
    space = false;
    wordStart = out.length();
  }

  /**
   * Ends the word being written: it stays where it is when it fits the line (or the line was
   * opened for it); else it moves to the next line, whole when it fits a line, and it is split
   * when it fits no line.
   */
  private void flushWord() {
    if (wordStart < 0) {
      return;
    }
    int limit = width - suffixColumns;
    int gap = gapAt >= 0 ? 1 : 0;
    if (!opened
        && column + gap + wordColumns > limit
        && (wordColumns <= limit - prefixColumns - hangingIndent
            || limit - column - gap < MIN_SPLIT_START)) {
      // The word moves to the next line: whole, when it fits a line; else it is split anyway,
      // and it starts on this line only when a fair part of it fits here.
      String moved = out.substring(wordStart);
      out.setLength(gap > 0 ? gapAt : wordStart);
      closeLine();
      openLine();
      wordStart = out.length();
      out.append(moved);
    } else {
      column += gap;
    }
    if (column + wordColumns <= limit) {
      column += wordColumns;
    } else {
      word.setLength(0);
      word.append(out, wordStart, out.length());
      out.setLength(wordStart);
      splitWord(limit);
    }
    wordStart = -1;
    gapAt = -1;
    wordColumns = 0;
  }

  /**
   * Writes the word, which is wider than a line, over as many lines as it needs: each line takes
   * as much as fits, ending after its last hyphen or slash when it has one, else where the line
   * ends.
   */
  private void splitWord(int limit) {
    int i = 0;
    while (i < word.length()) {
      int cols = column;
      int end = i;
      int soft = -1;
      while (end < word.length()) {
        int cp = word.codePointAt(end);
        int w = ascii ? 1 : Chars.columns(cp);
        if (cols + w > limit && end > i) {
          break;
        }
        cols += w;
        end += Character.charCount(cp);
        if ((cp == '-' || cp == '/') && end < word.length()) {
          soft = end;
        }
      }
      if (end < word.length() && soft > i) {
        end = soft;
      }
      for (int k = i; k < end; ) {
        int cp = word.codePointAt(k);
        k += Character.charCount(cp);
        out.appendCodePoint(cp);
        column += ascii ? 1 : Chars.columns(cp);
      }
      i = end;
      if (i < word.length()) {
        closeLine();
        openLine();
      }
    }
  }

  private void openLine() {
    out.append(prefix);
    int indent = linesInBlock == 0 ? firstIndent : hangingIndent;
    pad(indent);
    column = prefixColumns + indent;
    lineStart = column;
    lineOpen = true;
  }

  private void closeLine() {
    while (column > lineStart && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
      column--;
    }
    widest = Math.max(widest, column - prefixColumns);
    if (!suffix.isEmpty()) {
      pad(width - suffixColumns - column);
      out.append(suffix);
    } else if (column == lineStart) {
      out.setLength(out.length() - (column - prefixColumns));
    }
    out.append('\n');
    lineOpen = false;
    linesInBlock++;
  }

  private void pad(int n) {
    for (int left = n; left > 0; left -= SPACES.length()) {
      out.append(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }
}
