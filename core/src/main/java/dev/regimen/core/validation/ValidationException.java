package dev.regimen.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break one or more of the model's rules. Nothing is built when it is
 * thrown.
 *
 * <p>Carries every violation found, not only the first, so a user fixing a protocol sees all the
 * problems at once. The message names each violation as {@code path: message}, the path relative
 * to the value being built; a violation of the value as a whole is named after the value (for
 * example {@code repetitions: min 5 is greater than max 3}). The message lists the first {@value
 * #MAX_SHOWN} violations and says how many more there are, so that it stays readable (and small)
 * for a document with thousands of broken rules; {@link #violations()} always has them all.
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many violations the message lists; {@link #violations()} has them all. */
  public static final int MAX_SHOWN = 100;

  /** The value's name, used as the path of violations that concern the whole value. */
  private final String subject;

  /** The violations; an unmodifiable, non-empty list. */
  @SuppressWarnings("serial") // List.copyOf gives a serializable list
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject the name of the value that could not be built, such as {@code repetitions} or
   *     {@code protocol}
   * @param violations every rule broken; at least one
   * @throws NullPointerException if an argument or a violation is null
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(String subject, List<Violation> violations) {
    super(format(subject, violations));
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for a single violation.
   *
   * @param subject the name of the value that could not be built
   * @param path where the rule was broken, relative to the value; may be empty
   * @param message what is wrong
   * @throws NullPointerException if an argument is null
   */
  public ValidationException(String subject, String path, String message) {
    this(subject, List.of(new Violation(path, message)));
  }

  private static String format(String subject, List<Violation> violations) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: must not be empty");
    }
    String lines =
        violations.stream()
            .limit(MAX_SHOWN)
            .map(v -> v.path().isEmpty() ? subject + ": " + v.message() : v.toString())
            .collect(Collectors.joining("; "));
    if (violations.size() == 1) {
      return lines;
    }
    String more =
        violations.size() > MAX_SHOWN ? "; and " + (violations.size() - MAX_SHOWN) + " more not shown" : "";
    return violations.size() + " problems: " + lines + more;
  }

  /** {@return the name of the value that could not be built, such as {@code protocol}} */
  public String subject() {
    return subject;
  }

  /** {@return every violation found, in the order found; unmodifiable and never empty} */
  public List<Violation> violations() {
    return violations;
  }
}
