package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A whole number or a range of them, such as 3 sets or 2 to 3 sets, 60 seconds of rest or 60 to
 * 90 seconds: the unit is the attribute's that holds it ({@link Dosage#sets()}, {@link
 * Dosage#restSeconds()}). Immutable and thread-safe.
 *
 * <p>Rules: {@code min} not negative; {@code max} not less than {@code min}. The value that holds a
 * range adds its own bounds (at least one set, at most {@link Dosage#MAX_SETS}).
 */
@Value.Immutable
public abstract class Range {
  Range() {}

  /** {@return the smallest value} */
  public abstract int min();

  /** {@return the largest value; {@link #min()} for an exact value} */
  public abstract int max();

  /** {@return whether this is one value rather than a range} */
  public boolean isExact() {
    return min() == max();
  }

  /**
   * Exactly {@code value}.
   *
   * @param value the value, not negative
   * @return the range of one value
   * @throws ValidationException if {@code value} is negative
   */
  public static Range of(int value) {
    return between(value, value);
  }

  /**
   * From {@code min} to {@code max}, both included.
   *
   * @param min the smallest value, not negative
   * @param max the largest value, not less than {@code min}
   * @return the range
   * @throws ValidationException if {@code min} is negative or greater than {@code max}
   */
  public static Range between(int min, int max) {
    return builder().min(min).max(max).build();
  }

  /** {@return "3" or "2-3", for logs} */
  @Override
  public String toString() {
    return isExact() ? Integer.toString(min()) : min() + "-" + max();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /** Builds a {@link Range}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableRange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("range");
    c.notNegative("min", min());
    if (min() > max()) {
      c.fail("", "min " + min() + " is greater than max " + max());
    }
    c.throwIfAny();
  }
}
