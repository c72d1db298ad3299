package dev.regimen.formats.json;

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
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "document" : pointer;
    String at = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return where + ": " + problem + at;
  }
}
