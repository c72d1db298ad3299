package dev.regimen.formats.json;

import dev.regimen.core.text.CharClass;
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

  /** The most characters of the pointer that {@link #toString()} shows. */
  public static final int MAX_POINTER_SHOWN = 200;

  /** The most characters of the problem that {@link #toString()} shows. */
  public static final int MAX_PROBLEM_SHOWN = 300;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * {@return the problem as one line: the pointer (or {@code document} for the whole document),
   * the problem and the position, such as {@code /protocol/entries/1/dosage/hold/seconds: must be
   * greater than 0, was -5 (line 12, column 22)}}
   *
   * <p>The pointer and the problem quote the document, which may hold anything. So that the line is
   * safe to print to a terminal or write to a log, and shows everything it holds, it keeps {@link
   * CharClass#VISIBLE visible} characters and the space separators and writes every other code
   * point (a tab or line break, a control character such as ESC, which starts terminal escape
   * sequences, a format character such as a bidirectional override or a tag character, an
   * invisible character, a surrogate without its pair) as the escapes {@code \}{@code uXXXX} of its
   * UTF-16 code units. So that it stays short, it shows at most {@value #MAX_POINTER_SHOWN}
   * characters of the pointer and {@value #MAX_PROBLEM_SHOWN} of the problem (escapes counted as
   * written), each cut with {@code ...}; the line is never longer than 550 characters. The
   * accessors keep the text whole and as it is.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(Math.min(pointer.length() + problem.length(), 512) + 32);
    appendSafely(line, pointer.isEmpty() ? "document" : pointer, MAX_POINTER_SHOWN);
    line.append(": ");
    appendSafely(line, problem, MAX_PROBLEM_SHOWN);
    if (this.line > 0) {
      line.append(" (line ").append(this.line).append(", column ").append(column).append(')');
    }
    return line.toString();
  }

  /** Appends text with the one-line policy, at most {@code max} characters of it, then "...". */
  private static void appendSafely(StringBuilder out, String text, int max) {
    int budget = out.length() + max;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int units = Character.charCount(cp);
      CharClass type = CharClass.of(cp);
      boolean raw = type == CharClass.VISIBLE || (type == CharClass.SPACE && cp != '\t');
      int width = raw ? units : 6 * units;
      if (out.length() + width > budget) {
        out.append("...");
        return;
      }
      if (raw) {
        out.appendCodePoint(cp);
      } else {
        for (int k = 0; k < units; k++) {
          char unit = text.charAt(i + k);
          out.append('\\').append('u')
              .append(HEX[unit >> 12]).append(HEX[(unit >> 8) & 0xF]).append(HEX[(unit >> 4) & 0xF]).append(HEX[unit & 0xF]);
        }
      }
      i += units;
    }
  }
}
