package dev.regimen.catalog.freeexercisedb;

import java.util.Objects;

/**
 * The input is not a file of the free-exercise-db shape: not JSON, not UTF-8, not an array of
 * exercise objects, a property given twice, or content after the array. It names where: the JSON
 * Pointer of the element at fault ({@code ""} for the whole document), and the line and column
 * when they are known. Problems inside one entry (a missing name, a number where text belongs)
 * do not throw: the entry is {@linkplain ImportReport#skipped() skipped} with its reasons.
 */
public final class FreeExerciseDbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial the JSON Pointer of the element at fault */
  private final String pointer;
  /** @serial the line, from 1, or -1 when unknown */
  private final int line;
  /** @serial the column, from 1, or -1 when unknown */
  private final int column;
  /** @serial what is wrong */
  private final String problem;

  FreeExerciseDbException(String pointer, int line, int column, String problem, Throwable cause) {
    super(message(pointer, line, column, problem), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String message(String pointer, int line, int column, String problem) {
    return "error at " + (pointer.isEmpty() ? "document" : pointer)
        + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + problem;
  }

  /** {@return the JSON Pointer of the element at fault, {@code ""} for the whole document} */
  public String pointer() {
    return pointer;
  }

  /** {@return the line of the problem, from 1, or -1 when it is not known} */
  public int line() {
    return line;
  }

  /** {@return the column of the problem, from 1, or -1 when it is not known} */
  public int column() {
    return column;
  }

  /** {@return what is wrong, without where, such as "expected an array of exercises, was an object"} */
  public String problem() {
    return problem;
  }
}
