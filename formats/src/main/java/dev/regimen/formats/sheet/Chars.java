package dev.regimen.formats.sheet;

import dev.regimen.core.text.CharClass;
import java.text.Normalizer;

/**
 * What the sheets do with each character of text that comes from a protocol: keep it, treat it as
 * a space, drop it, or (in ASCII-only output) spell it in ASCII; and how many terminal columns it
 * takes. Stateless.
 *
 * <p>The rules, applied to every code point of protocol text, by its {@link CharClass} (the one
 * classification of the library, in {@code dev.regimen.core.text}):
 *
 * <ul>
 *   <li>{@link CharClass#SPACE Spaces} and {@link CharClass#LINE_BREAK line breaks} (tabs, line
 *       and paragraph separators, no-break spaces, ...) become a plain space (the sheets wrap text
 *       themselves).
 *   <li>{@link CharClass#CONTROL Control characters} (C0, DEL, C1, including ESC and so every
 *       terminal escape sequence's introducer) and {@link CharClass#FORMAT format characters} of
 *       every plane (the bidirectional embeddings, overrides and isolates U+202A to U+202E and
 *       U+2066 to U+2069, the marks U+200E, U+200F and U+061C, zero-width spaces and joiners, the
 *       byte-order mark, soft hyphens, tag characters) are dropped.
 *   <li>A {@link CharClass#LONE_SURROGATE lone surrogate} becomes U+FFFD (a question mark in
 *       ASCII-only output).
 *   <li>{@link CharClass#VISIBLE Visible} and {@link CharClass#INVISIBLE invisible} characters
 *       are kept (a variation selector chooses how the emoji before it is shown; a required text
 *       made only of invisible characters cannot be built, see {@code Checks.notBlank}).
 *   <li>In ASCII-only output, typographic punctuation becomes its ASCII spelling (curly quotes
 *       straight, dashes hyphens, an ellipsis three dots), letters lose their accents, and what
 *       has no ASCII spelling becomes a question mark.
 * </ul>
 */
final class Chars {
  /** The code point is dropped. */
  static final int DROP = -1;

  /** The code point is a word break. */
  static final int SPACE = -2;

  /** What stands for a character that cannot be shown. */
  static final int REPLACEMENT = 0xFFFD;

  /**
   * Inclusive ranges of code points that terminals show two columns wide (East Asian wide and
   * fullwidth characters and the emoji blocks), sorted.
   */
  private static final int[] WIDE = {
    0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
    0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
    0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
    0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
    0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
    0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
    0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
    0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF,
    0xA960, 0xA97F, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F,
    0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x17000, 0x18AFF, 0x1B000, 0x1B2FF,
    0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F251,
    0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F7E0, 0x1F7EB, 0x1F900, 0x1F9FF, 0x1FA70, 0x1FAFF,
    0x20000, 0x2FFFD, 0x30000, 0x3FFFD
  };

  private Chars() {}

  /**
   * Classifies one code point of protocol text.
   *
   * @param cp the code point
   * @return {@link #SPACE}, {@link #DROP}, {@link #REPLACEMENT} for a lone surrogate, or {@code
   *     cp} itself when it is kept as it is
   */
  static int clean(int cp) {
    if (cp >= 0x21 && cp < 0x7F) {
      return cp;
    }
    switch (CharClass.of(cp)) {
      case SPACE:
      case LINE_BREAK:
        return SPACE;
      case CONTROL:
      case FORMAT:
        return DROP;
      case LONE_SURROGATE:
        return REPLACEMENT;
      default: // VISIBLE, and INVISIBLE: variation selectors choose how an emoji is shown
        return cp;
    }
  }

  /**
   * {@return the capital of a lower-case letter whose capital is one code point of the same
   * length, else {@code cp}} (so that, for example, ß stays ß rather than turning into SS).
   */
  static int capital(int cp) {
    if (!Character.isLowerCase(cp)) {
      return cp;
    }
    int upper = Character.toUpperCase(cp);
    return Character.isUpperCase(upper) && Character.charCount(upper) == Character.charCount(cp)
        ? upper
        : cp;
  }

  /** {@return whether {@code cp} is a combining mark, which joins the character before it} */
  static boolean isMark(int cp) {
    if (cp < 0x300) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The number of terminal columns a kept code point takes: 0 for a combining mark, 2 for a wide
   * (East Asian or emoji) character, 1 otherwise.
   *
   * @param cp a code point that {@link #clean(int)} keeps
   * @return 0, 1 or 2
   */
  static int columns(int cp) {
    if (cp < 0x300) {
      return 1;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    if (cp < WIDE[0]) {
      return 1;
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return 2;
      }
    }
    return 1;
  }

  /**
   * The terminal columns a text takes, as the sheets count them.
   *
   * @param text the text
   * @return the sum of the columns of its code points
   */
  static int columns(CharSequence text) {
    return columns(text, 0, text.length());
  }

  /**
   * The terminal columns a part of a text takes, as the sheets count them.
   *
   * @param text the text
   * @param start the index of the part's first char
   * @param end the index after its last char
   * @return the sum of the columns of its code points
   */
  static int columns(CharSequence text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      n += columns(cp);
      i += Character.charCount(cp);
    }
    return n;
  }

  /**
   * Appends the ASCII spelling of a kept, non-ASCII code point: typographic punctuation as its
   * ASCII look-alike, an accented letter without its accent, anything else as a question mark. A
   * combining mark appends nothing.
   *
   * @param cp a code point of 0x80 or above that {@link #clean(int)} keeps
   * @param out where to append
   */
  static void appendAscii(int cp, StringBuilder out) {
    out.append(ascii(cp));
  }

  /**
   * {@return the ASCII spelling of a kept, non-ASCII code point, as {@link #appendAscii(int,
   * StringBuilder)} appends it: empty for a combining mark}
   *
   * @param cp a code point of 0x80 or above that {@link #clean(int)} keeps
   */
  static String ascii(int cp) {
    String fixed = asciiSpelling(cp);
    if (fixed != null) {
      return fixed;
    }
    if (isMark(cp)) {
      return "";
    }
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int d = decomposed.codePointAt(i);
      i += Character.charCount(d);
      if (d >= 0x20 && d < 0x7F) {
        out.append((char) d);
      } else if (d >= 0x80) {
        String spelled = asciiSpelling(d);
        if (spelled != null) {
          out.append(spelled);
        }
      }
    }
    return out.length() == 0 ? "?" : out.toString();
  }

  /** {@return the ASCII spelling of a common non-ASCII character, or null} */
  private static String asciiSpelling(int cp) {
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
      case 0x00B4: case 0x02BC: case 0x02B9:
        return "'";
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
      case 0x00AB: case 0x00BB:
        return "\"";
      case 0x2039:
        return "<";
      case 0x203A:
        return ">";
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0x2043:
      case 0xFE63: case 0xFF0D:
        return "-";
      case 0x2014: case 0x2015:
        return "--";
      case 0x2026:
        return "...";
      case 0x2022: case 0x2023: case 0x2027: case 0x00B7: case 0x25CF: case 0x25AA:
      case 0x25E6: case 0x2219:
        return "*";
      case 0x2044: case 0x2215:
        return "/";
      case 0x00D7:
        return "x";
      case 0x00F7:
        return "/";
      case 0x00B0:
        return " degrees";
      case 0x00B1:
        return "+/-";
      case 0x2190:
        return "<-";
      case 0x2192:
        return "->";
      case 0x2194:
        return "<->";
      case 0x21D2:
        return "=>";
      case 0x2264:
        return "<=";
      case 0x2265:
        return ">=";
      case 0x2260:
        return "!=";
      case 0x2248:
        return "~";
      case 0x00A9:
        return "(c)";
      case 0x00AE:
        return "(R)";
      case 0x2122:
        return "(TM)";
      case 0x00DF:
        return "ss";
      case 0x00C6:
        return "AE";
      case 0x00E6:
        return "ae";
      case 0x0152:
        return "OE";
      case 0x0153:
        return "oe";
      case 0x00D8:
        return "O";
      case 0x00F8:
        return "o";
      case 0x0141:
        return "L";
      case 0x0142:
        return "l";
      case 0x0110: case 0x00D0:
        return "D";
      case 0x0111: case 0x00F0:
        return "d";
      case 0x00DE:
        return "Th";
      case 0x00FE:
        return "th";
      case 0x0131:
        return "i";
      case 0x2610:
        return "[ ]";
      case 0x2611: case 0x2612:
        return "[x]";
      case 0x2713: case 0x2714:
        return "v";
      case 0xFFFD:
        return "?";
      default:
        return null;
    }
  }
}
