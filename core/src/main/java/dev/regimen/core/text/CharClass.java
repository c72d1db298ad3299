package dev.regimen.core.text;

import java.util.Objects;

/**
 * The class of one code point of text, as every output of Regimen sees it: shown, a gap, a line
 * break, or one of the kinds of character that must not reach a terminal, a file or a page raw.
 * One classification for the whole library; each output states which classes it keeps, escapes,
 * replaces or drops (see {@code RegimenJson}, the sheets and {@code JsonProblem}). Stateless.
 *
 * <p>Text is read code point by code point as {@link Character#codePointAt(CharSequence, int)}
 * reads it: a surrogate pair is one supplementary code point, and a surrogate without its pair
 * (which Java strings allow) is a code point of its own, classified {@link #LONE_SURROGATE}.
 *
 * <table class="striped">
 *   <caption>The classes, tested in this order</caption>
 *   <thead><tr><th>class</th><th>code points</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@link #LONE_SURROGATE}</td><td>U+D800 to U+DFFF standing alone</td></tr>
 *   <tr><td>{@link #LINE_BREAK}</td><td>U+000A to U+000D, NEL U+0085, the line and paragraph
 *       separators U+2028 and U+2029</td></tr>
 *   <tr><td>{@link #SPACE}</td><td>TAB U+0009 and the space separators (category Zs: U+0020,
 *       no-break spaces, the em and en spaces, the ideographic space U+3000, ...)</td></tr>
 *   <tr><td>{@link #CONTROL}</td><td>every other control character (category Cc): C0, DEL,
 *       C1 (ESC U+001B introduces terminal escape sequences, CSI U+009B is one on its own)</td></tr>
 *   <tr><td>{@link #FORMAT}</td><td>format characters (category Cf) in every plane: the
 *       bidirectional marks, embeddings, overrides and isolates, zero-width spaces and joiners,
 *       the byte-order mark, the soft hyphen, the tag characters U+E0001 and U+E0020 to U+E007F,
 *       ...</td></tr>
 *   <tr><td>{@link #INVISIBLE}</td><td>the other default-ignorable code points, which show
 *       nothing: the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the combining grapheme
 *       joiner U+034F, the Khmer inherent vowels U+17B4 and U+17B5, the Mongolian variation
 *       selectors U+180B to U+180D and U+180F, the variation selectors U+FE00 to U+FE0F and U+E0100
 *       to U+E01EF, and the unassigned code points Unicode reserves as default-ignorable (U+2065,
 *       U+FFF0 to U+FFF8, U+E0000 to U+E0FFF not listed above)</td></tr>
 *   <tr><td>{@link #VISIBLE}</td><td>everything else: letters, marks, digits, punctuation,
 *       symbols, emoji, private-use and unassigned code points</td></tr>
 *   </tbody>
 * </table>
 */
public enum CharClass {
  /** A character that shows something: a letter, mark, digit, punctuation, symbol or emoji. */
  VISIBLE,
  /** A gap within a line: TAB and the space separators. */
  SPACE,
  /** A line break: LF, VT, FF, CR, NEL, the line and paragraph separators. */
  LINE_BREAK,
  /** A control character that is not a space or a line break: C0, DEL, C1. */
  CONTROL,
  /** A format character (Unicode category Cf), in any plane. */
  FORMAT,
  /** A default-ignorable code point that is neither a control nor a format character. */
  INVISIBLE,
  /** A surrogate code unit without its pair. */
  LONE_SURROGATE;

  /**
   * Classifies a code point.
   *
   * @param codePoint the code point, from 0 to U+10FFFF; a surrogate stands for a lone one
   * @return its class
   * @throws IllegalArgumentException if {@code codePoint} is not a code point
   */
  public static CharClass of(int codePoint) {
    if (codePoint >= 0x21 && codePoint < 0x7F) {
      return VISIBLE; // printable ASCII, the common case, without a table look-up
    }
    if (!Character.isValidCodePoint(codePoint)) {
      throw new IllegalArgumentException(
          "codePoint: must be from 0 to 0x10FFFF, was 0x" + Integer.toHexString(codePoint));
    }
    switch (codePoint) {
      case 0x09:
        return SPACE;
      case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x85: case 0x2028: case 0x2029:
        return LINE_BREAK;
      default:
        break;
    }
    switch (Character.getType(codePoint)) {
      case Character.SURROGATE:
        return LONE_SURROGATE;
      case Character.SPACE_SEPARATOR:
        return SPACE;
      case Character.CONTROL:
        return CONTROL;
      case Character.FORMAT:
        return FORMAT;
      default:
        return isDefaultIgnorable(codePoint) ? INVISIBLE : VISIBLE;
    }
  }

  /**
   * Classifies the code point that starts at an index of a text: a surrogate pair as its
   * supplementary code point, a surrogate without its pair as {@link #LONE_SURROGATE}.
   *
   * @param text the text
   * @param index the index of a char of the text
   * @return the class of the code point at {@code index}
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if {@code index} is outside the text
   */
  public static CharClass at(CharSequence text, int index) {
    Objects.requireNonNull(text, "text");
    return of(Character.codePointAt(text, index));
  }

  /**
   * {@return whether a text has at least one {@link #VISIBLE} character}: false for an empty text
   * and for one made only of spaces, line breaks, control, format and invisible characters and
   * lone surrogates, which would show as nothing at all
   *
   * @param text the text
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean hasVisible(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (of(cp) == VISIBLE) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@return whether text of this class can change how other text looks or where it goes when
   * written raw}: {@link #CONTROL} (terminal escape sequences, carriage returns, bells), {@link
   * #FORMAT} (text shown in another order, invisible joiners), {@link #LINE_BREAK} (a second line
   * in what should be one) and {@link #LONE_SURROGATE} (which no Unicode encoding can write)
   */
  public boolean isUnsafe() {
    return this == CONTROL || this == FORMAT || this == LINE_BREAK || this == LONE_SURROGATE;
  }

  /** The default-ignorable code points (Unicode's DerivedCoreProperties) outside Cc and Cf. */
  private static boolean isDefaultIgnorable(int cp) {
    if (cp < 0x034F) {
      return false;
    }
    return cp == 0x034F
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x17B4
        || cp == 0x17B5
        || (cp >= 0x180B && cp <= 0x180F)
        || cp == 0x2065
        || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFFA0
        || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }
}
