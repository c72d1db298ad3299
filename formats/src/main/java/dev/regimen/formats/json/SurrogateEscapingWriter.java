package dev.regimen.formats.json;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text on, writing every unpaired surrogate as the escape {@code \}{@code uD800}. A
 * text of the model may hold one (Java strings allow it, and a document may carry one as an
 * escape); written raw it could not be encoded, so saving the text would change it. Escaped, it
 * reads back as the same character. Surrogates occur only inside JSON strings (everything else
 * is ASCII), where an escape is always allowed. Pairs pass unchanged, also when split between two
 * writes. Not thread-safe: one per generator.
 */
final class SurrogateEscapingWriter extends FilterWriter {
  private char pendingHigh;

  SurrogateEscapingWriter(Writer out) {
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
      if (Character.isSurrogate(c) || pendingHigh != 0) {
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
      if (Character.isSurrogate(c) || pendingHigh != 0) {
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
        out.write(high);
        out.write(c);
        return;
      }
      escape(high);
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      escape(c);
    } else {
      out.write(c);
    }
  }

  private void escape(char c) throws IOException {
    out.write(String.format("\\u%04X", (int) c));
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
