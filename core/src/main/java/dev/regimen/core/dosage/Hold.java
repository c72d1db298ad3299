package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How long a position is held: a duration in whole seconds (exact or a range), a number of
 * breaths, or both, possibly approximate, with the original wording kept beside the numbers
 * ("about 30 seconds", "a few breaths, around five seconds"). Immutable and thread-safe.
 *
 * <p>Rules: at least one of seconds and breaths; every number greater than 0; {@code maxSeconds}
 * only with {@code seconds} and not below it; the wording, when given, not blank.
 */
@Value.Immutable
public abstract class Hold {
  Hold() {}

  /** {@return the hold in seconds, or the shortest hold when {@link #maxSeconds()} is set} */
  public abstract OptionalInt seconds();

  /** {@return the longest hold in seconds, when the hold is a range such as 10 to 30 seconds} */
  public abstract OptionalInt maxSeconds();

  /** {@return the number of breaths to hold for} */
  public abstract OptionalInt breaths();

  /** {@return whether the numbers are approximate ("about 30 seconds", "a few breaths")} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** {@return the source's own words for the hold, such as "about 30 seconds"} */
  public abstract Optional<String> wording();

  /** {@return the shortest hold as a duration, when seconds are given} */
  public Optional<Duration> minDuration() {
    return seconds().isPresent()
        ? Optional.of(Duration.ofSeconds(seconds().getAsInt()))
        : Optional.empty();
  }

  /** {@return the longest hold as a duration, when seconds are given} */
  public Optional<Duration> maxDuration() {
    OptionalInt max = maxSeconds().isPresent() ? maxSeconds() : seconds();
    return max.isPresent() ? Optional.of(Duration.ofSeconds(max.getAsInt())) : Optional.empty();
  }

  /**
   * An exact hold of {@code seconds}.
   *
   * @param seconds the hold, greater than 0
   * @return the hold
   * @throws ValidationException if {@code seconds} is not greater than 0
   */
  public static Hold seconds(int seconds) {
    return builder().seconds(seconds).build();
  }

  /**
   * An approximate hold of about {@code seconds}, with the wording "about N seconds".
   *
   * @param seconds the hold, greater than 0
   * @return the hold
   * @throws ValidationException if {@code seconds} is not greater than 0
   */
  public static Hold aboutSeconds(int seconds) {
    return builder()
        .seconds(seconds)
        .approximate(true)
        .wording("about " + seconds + " seconds")
        .build();
  }

  /**
   * A hold of {@code min} to {@code max} seconds.
   *
   * @param min the shortest hold, greater than 0
   * @param max the longest hold, not less than {@code min}
   * @return the hold
   * @throws ValidationException if a number is not greater than 0 or {@code max} is less than
   *     {@code min}
   */
  public static Hold secondsBetween(int min, int max) {
    return builder().seconds(min).maxSeconds(max).build();
  }

  /**
   * A hold of {@code breaths} breaths.
   *
   * @param breaths the number of breaths, greater than 0
   * @return the hold
   * @throws ValidationException if {@code breaths} is not greater than 0
   */
  public static Hold breaths(int breaths) {
    return builder().breaths(breaths).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Hold}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableHold.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("hold");
    c.require(
        seconds().isPresent() || breaths().isPresent(),
        "",
        "must give seconds, breaths or both");
    seconds().ifPresent(s -> c.positive("seconds", s));
    maxSeconds().ifPresent(m -> c.positive("maxSeconds", m));
    breaths().ifPresent(b -> c.positive("breaths", b));
    if (maxSeconds().isPresent()) {
      if (seconds().isEmpty()) {
        c.fail("maxSeconds", "needs seconds, the shortest hold");
      } else if (maxSeconds().getAsInt() < seconds().getAsInt()) {
        c.fail(
            "maxSeconds",
            "must not be less than seconds " + seconds().getAsInt() + ", was "
                + maxSeconds().getAsInt());
      }
    }
    wording().ifPresent(w -> c.notBlank("wording", w));
    c.throwIfAny();
  }
}
