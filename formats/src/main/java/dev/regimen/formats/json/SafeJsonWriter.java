package dev.regimen.formats.json;

import dev.regimen.core.text.CharClass;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one place where the JSON writer decides what text it writes raw. Jackson's generator writes
 * the JSON text (escaping what JSON itself requires: quotation marks, backslashes and C0 control
 * characters); this filter passes it on and writes every other character that is not {@linkplain
 * CharClass#VISIBLE visible} or a {@linkplain CharClass#SPACE space} as {@code \}{@code uXXXX}:
 * DEL and the C1 controls, NEL and the line and paragraph separators, format characters (the
 * bidirectional controls, zero-width characters, the byte-order mark, the soft hyphen, and outside
 * the Basic Multilingual Plane the tag characters and the like, as the escapes of their two
 * surrogates), the other invisible characters (fillers, variation selectors), and a surrogate
 * without its pair, which no encoding could write. Escaped, each reads back as the same character,
 * so a document cannot look other than it is in a terminal or an editor, and it survives being
 * saved in any encoding.
 *
 * <p>Only ASCII appears outside JSON strings, so every character this filter escapes stands inside
 * a string, where an escape is always allowed. A surrogate pair split between two writes is judged
 * whole. Not thread-safe: one per generator.
 */
final class SafeJsonWriter extends FilterWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final char[] escape = {'\\', 'u', 0, 0, 0, 0};
  private char pendingHigh;

  SafeJsonWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int plain = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (c >= 0x7F || pendingHigh != 0) {
        out.write(buffer, plain, i - plain);
        put(c);
        plain = i + 1;
      }
    }
    out.write(buffer, plain, end - plain);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int plain = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x7F || pendingHigh != 0) {
        out.write(text, plain, i - plain);
        put(c);
        plain = i + 1;
      }
    }
    out.write(text, plain, end - plain);
  }

  private void put(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        if (isRaw(CharClass.of(Character.toCodePoint(high, c)))) {
          out.write(high);
          out.write(c);
        } else {
          escape(high);
          escape(c);
        }
        return;
      }
      escape(high);
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (c < 0x7F || isRaw(CharClass.of(c))) {
      out.write(c);
    } else {
      escape(c);
    }
  }

  private static boolean isRaw(CharClass type) {
    return type == CharClass.VISIBLE || type == CharClass.SPACE;
  }

  private void escape(char c) throws IOException {
    escape[2] = HEX[c >> 12];
    escape[3] = HEX[(c >> 8) & 0xF];
    escape[4] = HEX[(c >> 4) & 0xF];
    escape[5] = HEX[c & 0xF];
    out.write(escape, 0, 6);
  }

  @Override
  public void flush() throws IOException {
    if (pendingHigh != 0) {
      escape(pendingHigh);
      pendingHigh = 0;
    }
    super.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
