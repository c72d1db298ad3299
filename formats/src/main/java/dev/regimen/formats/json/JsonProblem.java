package dev.regimen.formats.json;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a JSON document: where it is (a JSON Pointer, and the line and column) and
 * what is wrong. Immutable and thread-safe.
 *
 * <p>The {@linkplain #pointer() pointer} follows RFC 6901: {@code /protocol/entries/1/dosage} is
 * the {@code dosage} of the second entry; the empty pointer is the whole document. The line and
 * column are counted from 1, the column in characters for text input and in bytes for binary
 * input (as Jackson counts them); both are -1 when the position is not known.
 *
 * @param pointer the JSON Pointer of the element at fault; empty for the whole document
 * @param problem what is wrong, such as {@code must be greater than 0, was -5}
 * @param line the line of the element, from 1; -1 when not known
 * @param column the column of the element, from 1; -1 when not known
 */
public record JsonProblem(String pointer, String problem, int line, int column) {

  /**
   * Creates a problem.
   *
   * @param pointer the JSON Pointer of the element at fault; empty for the whole document
   * @param problem what is wrong
   * @param line the line, from 1, or -1
   * @param column the column, from 1, or -1
   * @throws NullPointerException if {@code pointer} or {@code problem} is null
   */
  public JsonProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * {@return the problem as one line: the pointer (or {@code document} for the whole document),
   * the problem and the position, such as {@code /protocol/entries/1/dosage/hold/seconds: must be
   * greater than 0, was -5 (line 12, column 22)}}
   *
   * <p>The pointer and the problem quote the document, which may hold anything. So that the line is
   * safe to print to a terminal or write to a log, every control character (line breaks, ESC, which
   * starts terminal escape sequences, and the rest), every format character (such as the
   * bidirectional overrides), the line and paragraph separators and every unpaired surrogate are
   * written as an escape {@code \}{@code uXXXX}. The accessors keep the text as it is.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(pointer.length() + problem.length() + 32);
    appendSafely(line, pointer.isEmpty() ? "document" : pointer);
    line.append(": ");
    appendSafely(line, problem);
    if (this.line > 0) {
      line.append(" (line ").append(this.line).append(", column ").append(column).append(')');
    }
    return line.toString();
  }

  private static void appendSafely(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      int cp = pair ? text.codePointAt(i) : c;
      if (isUnsafe(cp)) {
        for (char unit : Character.toChars(cp)) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
        }
      } else {
        out.appendCodePoint(cp);
      }
      if (pair) {
        i++;
      }
    }
  }

  private static boolean isUnsafe(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }
}
