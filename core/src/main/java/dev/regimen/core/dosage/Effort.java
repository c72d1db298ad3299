package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How hard a set should feel, on a stated scale: a rating of perceived exertion ("RPE 7", "RPE 6
 * to 8") or repetitions in reserve ("stop 2 repetitions short of failure"). Immutable and
 * thread-safe.
 *
 * <p>Rules: {@code value} from 0 to 10; {@code maxValue} not less than it and at most 10.
 */
@Value.Immutable
public abstract class Effort {
  /** The top of both scales, {@value}. */
  public static final int MAX_VALUE = 10;

  Effort() {}

  /** {@return the scale} */
  public abstract EffortScale scale();

  /** {@return the rating, or the lowest of a range} */
  public abstract int value();

  /** {@return the highest rating of a range} */
  public abstract OptionalInt maxValue();

  /**
   * A rating of perceived exertion.
   *
   * @param rpe from 0 to 10
   * @return the effort
   * @throws ValidationException if {@code rpe} is out of range
   */
  public static Effort rpe(int rpe) {
    return builder().scale(EffortScale.RPE).value(rpe).build();
  }

  /**
   * A range of perceived exertion.
   *
   * @param min from 0 to 10
   * @param max from {@code min} to 10
   * @return the effort
   * @throws ValidationException if a rating is out of range
   */
  public static Effort rpeBetween(int min, int max) {
    return builder().scale(EffortScale.RPE).value(min).maxValue(max).build();
  }

  /**
   * Repetitions in reserve.
   *
   * @param repetitions from 0 to 10
   * @return the effort
   * @throws ValidationException if {@code repetitions} is out of range
   */
  public static Effort repetitionsInReserve(int repetitions) {
    return builder().scale(EffortScale.REPETITIONS_IN_RESERVE).value(repetitions).build();
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

  /** Builds an {@link Effort}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableEffort.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("effort");
    c.between("value", value(), 0, MAX_VALUE);
    if (maxValue().isPresent()) {
      int max = maxValue().getAsInt();
      c.between("maxValue", max, 0, MAX_VALUE);
      if (max < value()) {
        c.fail("maxValue", "must not be less than value " + value() + ", was " + max);
      }
    }
    c.throwIfAny();
  }
}
