package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * How many times an exercise is repeated: a range such as 2 to 4 (or an exact count), counted per
 * side or in total. Immutable and thread-safe.
 *
 * <p>Rules: {@code min} at least 1; {@code max} not less than {@code min} and at most {@value
 * #MAX}.
 */
@Value.Immutable
public abstract class Repetitions {
  /** The most repetitions of a set, {@value}. */
  public static final int MAX = 1_000;

  Repetitions() {}

  /** {@return the fewest repetitions} */
  public abstract int min();

  /** {@return the most repetitions} */
  public abstract int max();

  /** {@return whether the counts are per side or in total; per side unless set} */
  @Value.Default
  public RepetitionBasis basis() {
    return RepetitionBasis.PER_SIDE;
  }

  /** {@return whether this is an exact count rather than a range} */
  public boolean isExact() {
    return min() == max();
  }

  /**
   * Between {@code min} and {@code max} repetitions per side.
   *
   * @param min the fewest, at least 1
   * @param max the most, from {@code min} to {@value #MAX}
   * @return the range
   * @throws ValidationException if {@code min} is less than 1 or greater than {@code max}, or
   *     {@code max} is more than {@value #MAX}
   */
  public static Repetitions between(int min, int max) {
    return builder().min(min).max(max).build();
  }

  /**
   * Exactly {@code count} repetitions per side.
   *
   * @param count the count, from 1 to {@value #MAX}
   * @return the range of one value
   * @throws ValidationException if {@code count} is out of range
   */
  public static Repetitions exactly(int count) {
    return between(count, count);
  }

  /**
   * The same range counted with another basis.
   *
   * @param basis per side or in total
   * @return a copy with {@code basis}
   */
  public Repetitions withBasis(RepetitionBasis basis) {
    return builder().from(this).basis(basis).build();
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

  /** Builds {@link Repetitions}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableRepetitions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("repetitions");
    c.atLeast("min", min(), 1);
    c.atMost("max", max(), MAX);
    if (min() > max()) {
      c.fail("", "min " + min() + " is greater than max " + max());
    }
    c.throwIfAny();
  }
}
