package dev.regimen.core.validation;

import java.util.Objects;

/**
 * One broken rule: where it was broken and what is wrong.
 *
 * <p>The {@linkplain #path() path} is relative to the value that was checked, in the form
 * {@code entries[1].dosage.hold.seconds}; it is empty when the rule concerns the value as a whole
 * (for example {@code min 5 is greater than max 3} on a repetition range). Immutable and
 * thread-safe.
 *
 * @param path where the rule was broken, relative to the checked value; never null, may be empty
 * @param message what is wrong, naming the rule and the offending value; never null or blank
 */
public record Violation(String path, String message) {

  /**
   * Creates a violation.
   *
   * @param path where the rule was broken, relative to the checked value; may be empty
   * @param message what is wrong
   * @throws NullPointerException if {@code path} or {@code message} is null
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message: must not be blank");
    }
  }

  /**
   * Returns this violation as seen from an enclosing value, where this value sits at {@code
   * prefix}: {@code new Violation("seconds", m).under("entries[1].dosage.hold")} has the path
   * {@code entries[1].dosage.hold.seconds}.
   *
   * @param prefix the path of the checked value inside the enclosing one
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, message);
    }
    return new Violation(path.startsWith("[") ? prefix + path : prefix + "." + path, message);
  }

  /** {@return {@code path: message}, or the message alone when the path is empty} */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
