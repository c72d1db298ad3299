package dev.regimen.formats.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * What the writer escapes beyond what JSON requires, so that a document shown in a terminal or an
 * editor cannot be made to look other than it is: DEL, the C1 control characters (U+0080 to
 * U+009F, among them CSI, which some terminals take as the start of an escape sequence) and every
 * format character (Unicode category Cf: the bidirectional embeddings, overrides and isolates that
 * reorder what is shown, zero-width characters, the byte-order mark, soft hyphens). Each is written
 * as {@code \}{@code uXXXX}, which reads back as the same character; every other character is
 * written as it is, non-ASCII letters and emoji included.
 */
final class SafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  static final SafeEscapes INSTANCE = new SafeEscapes();

  private static final int[] ASCII = ascii();

  private SafeEscapes() {}

  private static int[] ascii() {
    int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
    codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    return codes;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (ch <= 0x9F || Character.getType(ch) == Character.FORMAT) {
      return new SerializedString(String.format("\\u%04X", ch));
    }
    return null;
  }
}
