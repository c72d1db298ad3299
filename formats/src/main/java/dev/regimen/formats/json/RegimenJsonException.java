package dev.regimen.formats.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read as a Regimen document (a protocol, an exercise, a
 * screening report or a session plan): the one exception type {@link RegimenJson}'s readers throw
 * for bad input. Nothing is returned when it is thrown; a reader never hands back a half-built
 * value. A writer throws it too, of kind {@link Kind#LIMIT_EXCEEDED}, for a value whose document
 * its readers would refuse: then it carries the problem reading that document would report.
 *
 * <p>The message names the element at fault with its JSON Pointer, says what is wrong and where:
 * {@code /protocol/entries/1/dosage/hold/seconds: must be greater than 0, was -5 (line 12, column
 * 22)}. The accessors give the same parts one by one. When the model's rules find several
 * problems at once (a protocol is checked as a whole), the exception names the first and
 * {@link #problems()} keeps them all, each with its own pointer and position; the message then
 * lists the first {@value #MAX_PROBLEMS_SHOWN} and says how many more there are (the positions of
 * all of them are found in one scan of the document, however many there are).
 */
public final class RegimenJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The most problems the message shows; {@link #problems()} keeps them all. With each problem
   * shown in at most 550 characters (see {@link JsonProblem#toString()}), a message is never
   * longer than about 55,000 characters, whatever the document.
   */
  public static final int MAX_PROBLEMS_SHOWN = 100;

  /** What kind of problem was found. */
  public enum Kind {
    /** The input is not well-formed JSON (including a truncated document or bad UTF-8). */
    MALFORMED,
    /** A value has the wrong JSON type, such as a string where a number belongs. */
    WRONG_TYPE,
    /** An object has a property the format does not define. */
    UNKNOWN_PROPERTY,
    /** An object lacks a property the format requires. */
    MISSING_PROPERTY,
    /** An object has the same property twice. */
    DUPLICATE_PROPERTY,
    /** The document's {@code schemaVersion} is one this version of the library cannot read. */
    UNSUPPORTED_VERSION,
    /** Something follows the end of the document. */
    TRAILING_CONTENT,
    /** The document breaks one of the reader's {@link JsonLimits}. */
    LIMIT_EXCEEDED,
    /**
     * A value is well-typed but breaks a rule of the format or of the model, such as an unknown
     * enum name or a hold of -5 seconds.
     */
    INVALID_VALUE
  }

  /** What kind of problem was found. */
  private final Kind kind;

  /** What the format expected at the first problem's place, or null when not known. */
  private final String expected;

  /** The problems; an unmodifiable, non-empty list. */
  @SuppressWarnings("serial") // like the core's ValidationException: List.copyOf of plain records
  private final List<JsonProblem> problems;

  RegimenJsonException(Kind kind, List<JsonProblem> problems, String expected, Throwable cause) {
    super(format(problems), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.problems = List.copyOf(problems);
    this.expected = expected;
  }

  RegimenJsonException(Kind kind, JsonProblem problem, String expected, Throwable cause) {
    this(kind, List.of(problem), expected, cause);
  }

  private static String format(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    int shown = Math.min(problems.size(), MAX_PROBLEMS_SHOWN);
    StringBuilder message = new StringBuilder(shown * 80);
    message.append(problems.get(0)).append("; and ").append(problems.size() - 1).append(" more: ");
    for (int i = 1; i < shown; i++) {
      message.append(i == 1 ? "" : "; ").append(problems.get(i));
    }
    if (problems.size() > shown) {
      message.append("; and ").append(problems.size() - shown).append(" more not shown");
    }
    return message.toString();
  }

  /** {@return what kind of problem was found} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the JSON Pointer of the (first) element at fault, such as {@code
   * /protocol/entries/1/dosage}; empty when the fault concerns the whole document}
   */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** {@return the line of the (first) element at fault, counted from 1; -1 when not known} */
  public int line() {
    return problems.get(0).line();
  }

  /** {@return the column of the (first) element at fault, counted from 1; -1 when not known} */
  public int column() {
    return problems.get(0).column();
  }

  /**
   * {@return what is wrong with the (first) element at fault, without its pointer and position,
   * such as {@code must be greater than 0, was -5}}
   */
  public String problem() {
    return problems.get(0).problem();
  }

  /**
   * {@return what the format expected at that place, when the reader knows it: {@code a string},
   * {@code one of per_side, total}, {@code schemaVersion 1}, and so on}
   */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /** {@return every problem found, the first one first; unmodifiable and never empty} */
  public List<JsonProblem> problems() {
    return problems;
  }
}
