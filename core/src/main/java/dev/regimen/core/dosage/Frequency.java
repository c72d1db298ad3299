package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often a routine is done: {@code min} to {@code max} times a {@linkplain FrequencyPeriod
 * period}, such as daily (once a day) or 2 to 3 days a week. Immutable and thread-safe.
 *
 * <p>Rules: {@code min} at least 1; {@code max} not less than {@code min}, and at most {@value
 * #MAX_TIMES_A_DAY} times a day or {@value #MAX_DAYS_A_WEEK} days a week; the wording, when given,
 * not blank.
 */
@Value.Immutable
public abstract class Frequency {
  /** The most times a day, {@value}. */
  public static final int MAX_TIMES_A_DAY = 24;

  /** The most days a week, {@value}. */
  public static final int MAX_DAYS_A_WEEK = 7;

  Frequency() {}

  /** {@return the fewest times a period} */
  public abstract int min();

  /** {@return the most times a period} */
  public abstract int max();

  /** {@return the period counted over} */
  public abstract FrequencyPeriod period();

  /** {@return the source's own words, such as "daily"} */
  public abstract Optional<String> wording();

  /** {@return once a day, worded "daily"} */
  public static Frequency daily() {
    return builder().min(1).max(1).period(FrequencyPeriod.DAY).wording("daily").build();
  }

  /**
   * {@code times} times a day.
   *
   * @param times at least 1
   * @return the frequency
   * @throws ValidationException if {@code times} is less than 1
   */
  public static Frequency timesPerDay(int times) {
    return builder().min(times).max(times).period(FrequencyPeriod.DAY).build();
  }

  /**
   * {@code min} to {@code max} days a week.
   *
   * @param min at least 1
   * @param max from {@code min} to 7
   * @return the frequency
   * @throws ValidationException if {@code min} is less than 1, {@code max} is less than {@code min}
   *     or more than 7
   */
  public static Frequency daysPerWeek(int min, int max) {
    return builder().min(min).max(max).period(FrequencyPeriod.WEEK).build();
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

  /** Builds a {@link Frequency}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableFrequency.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("frequency");
    c.atLeast("min", min(), 1);
    if (period() == FrequencyPeriod.DAY && max() > MAX_TIMES_A_DAY) {
      c.fail("max", "must be at most " + MAX_TIMES_A_DAY + " times a day, was " + max());
    } else if (period() == FrequencyPeriod.WEEK && max() > MAX_DAYS_A_WEEK) {
      c.fail("max", "must be at most " + MAX_DAYS_A_WEEK + ", the days in a week, was " + max());
    }
    if (min() > max()) {
      c.fail("", "min " + min() + " is greater than max " + max());
    }
    wording().ifPresent(w -> c.notBlank("wording", w));
    c.throwIfAny();
  }
}
