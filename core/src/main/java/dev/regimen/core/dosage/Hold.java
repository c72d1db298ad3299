package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How long a position is held: in whole seconds (exact, a range, or a lower bound only), in
 * breaths (exact or a range), both, or only in words ("a few seconds"), possibly approximate, with
 * the source's own words kept beside the numbers ("about 30 seconds", "a few breaths, around five
 * seconds"). Immutable and thread-safe.
 *
 * <p>A hold given only in words has no number: a timed plan then uses a stated assumption ({@link
 * dev.regimen.core.session.PlanOptions#assumedHoldSeconds()}), and sheets print the words.
 *
 * <p>Rules: at least one of seconds, breaths and wording; seconds from 1 to {@value #MAX_SECONDS},
 * breaths from 1 to {@value #MAX_BREATHS}; {@code maxSeconds} only with {@code seconds} and not
 * below it, {@code maxBreaths} only with {@code breaths} and not below it; {@code orMore} (a lower
 * bound only: "10 or more seconds") needs seconds or breaths and no maximum; the wording, when
 * given, not blank.
 */
@Value.Immutable
public abstract class Hold {
  /** The longest hold, {@value} seconds (an hour). */
  public static final int MAX_SECONDS = 3_600;

  /** The most breaths of a hold, {@value}. */
  public static final int MAX_BREATHS = 100;

  Hold() {}

  /** {@return the hold in seconds, or the shortest hold when {@link #maxSeconds()} is set} */
  public abstract OptionalInt seconds();

  /** {@return the longest hold in seconds, when the hold is a range such as 10 to 30 seconds} */
  public abstract OptionalInt maxSeconds();

  /** {@return the number of breaths to hold for, or the fewest when {@link #maxBreaths()} is set} */
  public abstract OptionalInt breaths();

  /** {@return the most breaths, when the hold is a range such as 3 to 5 breaths} */
  public abstract OptionalInt maxBreaths();

  /** {@return whether the numbers are a lower bound only: "10 or more seconds"} */
  @Value.Default
  public boolean orMore() {
    return false;
  }

  /** {@return whether the numbers are approximate ("about 30 seconds", "a few breaths")} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** {@return the source's own words for the hold, such as "about 30 seconds"} */
  public abstract Optional<String> wording();

  /** {@return whether the hold gives a number of seconds or breaths, rather than words alone} */
  public boolean hasNumbers() {
    return seconds().isPresent() || breaths().isPresent();
  }

  /** {@return the shortest hold as a duration, when seconds are given} */
  public Optional<Duration> minDuration() {
    return seconds().isPresent()
        ? Optional.of(Duration.ofSeconds(seconds().getAsInt()))
        : Optional.empty();
  }

  /**
   * {@return the longest hold as a duration, when seconds are given and the hold is not a lower
   * bound only}
   */
  public Optional<Duration> maxDuration() {
    if (orMore()) {
      return Optional.empty();
    }
    OptionalInt max = maxSeconds().isPresent() ? maxSeconds() : seconds();
    return max.isPresent() ? Optional.of(Duration.ofSeconds(max.getAsInt())) : Optional.empty();
  }

  /**
   * An exact hold of {@code seconds}.
   *
   * @param seconds the hold, from 1 to {@value #MAX_SECONDS}
   * @return the hold
   * @throws ValidationException if {@code seconds} is out of range
   */
  public static Hold ofSeconds(int seconds) {
    return builder().seconds(seconds).build();
  }

  /**
   * An approximate hold of about {@code seconds}, with the wording "about N seconds".
   *
   * @param seconds the hold, from 1 to {@value #MAX_SECONDS}
   * @return the hold
   * @throws ValidationException if {@code seconds} is out of range
   */
  public static Hold aboutSeconds(int seconds) {
    return builder()
        .seconds(seconds)
        .approximate(true)
        .wording("about " + seconds + (seconds == 1 ? " second" : " seconds"))
        .build();
  }

  /**
   * A hold of {@code min} to {@code max} seconds.
   *
   * @param min the shortest hold, from 1
   * @param max the longest hold, from {@code min} to {@value #MAX_SECONDS}
   * @return the hold
   * @throws ValidationException if a number is out of range or {@code max} is less than {@code
   *     min}
   */
  public static Hold ofSecondsBetween(int min, int max) {
    return builder().seconds(min).maxSeconds(max).build();
  }

  /**
   * A hold of at least {@code seconds}: "10 or more seconds".
   *
   * @param seconds the shortest hold, from 1 to {@value #MAX_SECONDS}
   * @return the hold
   * @throws ValidationException if {@code seconds} is out of range
   */
  public static Hold atLeastSeconds(int seconds) {
    return builder().seconds(seconds).orMore(true).build();
  }

  /**
   * A hold of {@code breaths} breaths.
   *
   * @param breaths the number of breaths, from 1 to {@value #MAX_BREATHS}
   * @return the hold
   * @throws ValidationException if {@code breaths} is out of range
   */
  public static Hold ofBreaths(int breaths) {
    return builder().breaths(breaths).build();
  }

  /**
   * A hold given only in words, such as "a few seconds"; a timed plan assumes its length.
   *
   * @param wording the source's words, not blank
   * @return the hold
   * @throws ValidationException if {@code wording} is blank
   */
  public static Hold described(String wording) {
    return builder().wording(wording).approximate(true).build();
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

  /** Builds a {@link Hold}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableHold.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("hold");
    c.require(
        seconds().isPresent() || breaths().isPresent() || wording().isPresent(),
        "",
        "must give seconds, breaths or the source's wording");
    seconds().ifPresent(s -> c.between("seconds", s, 1, MAX_SECONDS));
    maxSeconds().ifPresent(m -> c.between("maxSeconds", m, 1, MAX_SECONDS));
    breaths().ifPresent(b -> c.between("breaths", b, 1, MAX_BREATHS));
    maxBreaths().ifPresent(m -> c.between("maxBreaths", m, 1, MAX_BREATHS));
    upperBound(c, "maxSeconds", maxSeconds(), "seconds", seconds(), "the shortest hold");
    upperBound(c, "maxBreaths", maxBreaths(), "breaths", breaths(), "the fewest breaths");
    if (orMore()) {
      c.require(hasNumbers(), "orMore", "needs seconds or breaths, the lower bound");
      c.require(
          maxSeconds().isEmpty() && maxBreaths().isEmpty(),
          "orMore",
          "is for a lower bound only; this hold has a maximum");
    }
    wording().ifPresent(w -> c.notBlank("wording", w));
    c.throwIfAny();
  }

  private static void upperBound(
      Checks c, String maxName, OptionalInt max, String minName, OptionalInt min, String minWords) {
    if (max.isEmpty()) {
      return;
    }
    if (min.isEmpty()) {
      c.fail(maxName, "needs " + minName + ", " + minWords);
    } else if (max.getAsInt() < min.getAsInt()) {
      c.fail(maxName, "must not be less than " + minName + " " + min.getAsInt() + ", was " + max.getAsInt());
    }
  }
}
