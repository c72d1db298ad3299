package dev.regimen.formats.json;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes the writer's text on, counting the bytes of its UTF-8 form, and stops the writer with
 * {@link Exceeded} as soon as they pass a limit, after passing on the write that passed it: so a
 * document too long for the readers is never written out in full, and what was passed on is
 * enough to say where the limit was crossed. Only the writer's own output comes through here, in
 * which every surrogate stands in a pair ({@link SafeJsonWriter} escapes one without its pair), so
 * each half counts two bytes. Not thread-safe: one per document.
 */
final class Utf8Budget extends FilterWriter {
  /** Thrown when the text passes the limit; carries nothing, it only stops the writer. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super(null, null, false, false);
    }
  }

  private final long limit;
  private long bytes;

  /**
   * A budget.
   *
   * @param out where the text goes
   * @param limit the most UTF-8 bytes the text may have
   */
  Utf8Budget(Writer out, long limit) {
    super(out);
    this.limit = limit;
  }

  private static int utf8(char c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800 || Character.isSurrogate(c)) {
      return 2;
    }
    return 3;
  }

  @Override
  public void write(int c) throws IOException {
    bytes += utf8((char) c);
    out.write(c);
    check();
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      bytes += utf8(buffer[i]);
    }
    out.write(buffer, offset, length);
    check();
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      bytes += utf8(text.charAt(i));
    }
    out.write(text, offset, length);
    check();
  }

  private void check() {
    if (bytes > limit) {
      throw new Exceeded();
    }
  }
}
