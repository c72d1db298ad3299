package dev.regimen.core.session;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long a {@link Cue} lasts: exactly some seconds, a range of seconds, or open (until the person
 * moves on). An open duration still carries seconds: the assumption, stated in {@link
 * PlanOptions}, by which it counts towards a plan's total. Immutable and thread-safe.
 *
 * <p>Rules: {@code minSeconds} not negative; {@code maxSeconds} not less than {@code minSeconds}.
 */
@Value.Immutable
public abstract class CueDuration {
  CueDuration() {}

  /** {@return the shortest it lasts, in seconds; for an open duration, the assumed shortest} */
  public abstract int minSeconds();

  /** {@return the longest it lasts, in seconds; for an open duration, the assumed longest} */
  public abstract int maxSeconds();

  /**
   * {@return whether it lasts until the person moves on, its seconds only an assumption for the
   * total; false unless set}
   */
  @Value.Default
  public boolean open() {
    return false;
  }

  /** {@return whether it is one known number of seconds: not open, and not a range} */
  public boolean isExact() {
    return !open() && minSeconds() == maxSeconds();
  }

  /** {@return whether it is a known range of seconds: not open, and not one number} */
  public boolean isRange() {
    return !open() && minSeconds() < maxSeconds();
  }

  /** {@return {@link #minSeconds()} as a duration} */
  public Duration min() {
    return Duration.ofSeconds(minSeconds());
  }

  /** {@return {@link #maxSeconds()} as a duration} */
  public Duration max() {
    return Duration.ofSeconds(maxSeconds());
  }

  /**
   * Exactly {@code seconds}.
   *
   * @param seconds not negative
   * @return the duration
   * @throws ValidationException if {@code seconds} is negative
   */
  public static CueDuration exact(int seconds) {
    return builder().minSeconds(seconds).maxSeconds(seconds).build();
  }

  /**
   * From {@code min} to {@code max} seconds.
   *
   * @param min not negative
   * @param max not less than {@code min}
   * @return the duration
   * @throws ValidationException if {@code min} is negative or greater than {@code max}
   */
  public static CueDuration between(int min, int max) {
    return builder().minSeconds(min).maxSeconds(max).build();
  }

  /**
   * Until the person moves on, counted as {@code assumedSeconds} in totals.
   *
   * @param assumedSeconds the assumption, not negative
   * @return the duration
   * @throws ValidationException if {@code assumedSeconds} is negative
   */
  public static CueDuration open(int assumedSeconds) {
    return builder().minSeconds(assumedSeconds).maxSeconds(assumedSeconds).open(true).build();
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

  /**
   * Builds a {@link CueDuration}; {@code build()} throws {@link ValidationException} on a broken
   * rule.
   */
  public static final class Builder extends ImmutableCueDuration.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("duration");
    c.notNegative("minSeconds", minSeconds());
    if (minSeconds() > maxSeconds()) {
      c.fail("", "minSeconds " + minSeconds() + " is greater than maxSeconds " + maxSeconds());
    }
    c.throwIfAny();
  }
}
