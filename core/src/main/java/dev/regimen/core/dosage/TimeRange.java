package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How long an exercise goes on, in whole seconds: exactly ("30 minutes"), a range ("20 to 30
 * seconds"), or a lower bound only ("10 minutes or more"), possibly approximate, with the source's
 * own words kept beside the numbers. Immutable and thread-safe.
 *
 * <p>Rules: {@code seconds} from 1 to {@link #MAX_SECONDS}; {@code maxSeconds} not less than it
 * and not more than {@link #MAX_SECONDS}; {@code orMore} not together with {@code maxSeconds}; the
 * wording, when given, not blank.
 */
@Value.Immutable
public abstract class TimeRange {
  /** The longest time a dosage may give, {@value} seconds (a day). */
  public static final int MAX_SECONDS = 86_400;

  TimeRange() {}

  /** {@return the time in seconds, or the shortest time of a range} */
  public abstract int seconds();

  /** {@return the longest time in seconds, for a range such as 20 to 30 minutes} */
  public abstract OptionalInt maxSeconds();

  /** {@return whether {@link #seconds()} is a lower bound only: "10 minutes or more"} */
  @Value.Default
  public boolean orMore() {
    return false;
  }

  /** {@return whether the numbers are approximate ("about 30 minutes")} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** {@return the source's own words, such as "half an hour"} */
  public abstract Optional<String> wording();

  /** {@return the shortest time} */
  public Duration minDuration() {
    return Duration.ofSeconds(seconds());
  }

  /** {@return the longest time; empty for a lower bound only} */
  public Optional<Duration> maxDuration() {
    if (orMore()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(maxSeconds().orElse(seconds())));
  }

  /**
   * Exactly {@code seconds}.
   *
   * @param seconds from 1 to {@link #MAX_SECONDS}
   * @return the time
   * @throws ValidationException if {@code seconds} is out of range
   */
  public static TimeRange ofSeconds(int seconds) {
    return builder().seconds(seconds).build();
  }

  /**
   * Exactly {@code minutes}.
   *
   * @param minutes from 1 to 1440
   * @return the time
   * @throws ValidationException if {@code minutes} is out of range
   */
  public static TimeRange ofMinutes(int minutes) {
    return ofSeconds(minutesInSeconds(minutes));
  }

  /**
   * From {@code min} to {@code max} seconds.
   *
   * @param min the shortest, from 1
   * @param max the longest, from {@code min} to {@link #MAX_SECONDS}
   * @return the time
   * @throws ValidationException if a number is out of range
   */
  public static TimeRange ofSecondsBetween(int min, int max) {
    return builder().seconds(min).maxSeconds(max).build();
  }

  /**
   * From {@code min} to {@code max} minutes.
   *
   * @param min the shortest, from 1
   * @param max the longest, from {@code min} to 1440
   * @return the time
   * @throws ValidationException if a number is out of range
   */
  public static TimeRange ofMinutesBetween(int min, int max) {
    return ofSecondsBetween(minutesInSeconds(min), minutesInSeconds(max));
  }

  private static int minutesInSeconds(int minutes) {
    // saturate rather than overflow, so that the rule reports the number given
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, 60L * minutes));
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

  /** Builds a {@link TimeRange}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableTimeRange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("time");
    c.between("seconds", seconds(), 1, MAX_SECONDS);
    if (maxSeconds().isPresent()) {
      int max = maxSeconds().getAsInt();
      c.between("maxSeconds", max, 1, MAX_SECONDS);
      if (max < seconds()) {
        c.fail("maxSeconds", "must not be less than seconds " + seconds() + ", was " + max);
      }
      c.require(!orMore(), "orMore", "is for a lower bound only; this time has maxSeconds");
    }
    wording().ifPresent(w -> c.notBlank("wording", w));
    c.throwIfAny();
  }
}
