package dev.regimen.core.session;

import dev.regimen.core.dosage.Side;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The assumptions a {@link SessionPlan} makes for what a protocol gives no time of its own: the
 * lead-in, the time allowed per step and per breath, the rests a dosage does not give, the pause to
 * switch sides, and the side to start on. Each is stated here, with its default, so that a plan's
 * total says what it rests on. Immutable and thread-safe.
 *
 * <p>Rules: every number of seconds not negative.
 */
@Value.Immutable
public abstract class PlanOptions {
  /** The default {@link #leadInSeconds()}, {@value}. */
  public static final int DEFAULT_LEAD_IN_SECONDS = 10;

  /** The default {@link #secondsPerStep()}, {@value}. */
  public static final int DEFAULT_SECONDS_PER_STEP = 5;

  /** The default {@link #secondsPerBreath()}, {@value}. */
  public static final int DEFAULT_SECONDS_PER_BREATH = 5;

  /** The default {@link #restBetweenRepetitionsSeconds()}, {@value}. */
  public static final int DEFAULT_REST_BETWEEN_REPETITIONS_SECONDS = 5;

  /** The default {@link #restBetweenSetsSeconds()}, {@value}. */
  public static final int DEFAULT_REST_BETWEEN_SETS_SECONDS = 30;

  /** The default {@link #restBetweenExercisesSeconds()}, {@value}. */
  public static final int DEFAULT_REST_BETWEEN_EXERCISES_SECONDS = 15;

  /** The default {@link #switchSidesSeconds()}, {@value}. */
  public static final int DEFAULT_SWITCH_SIDES_SECONDS = 5;

  PlanOptions() {}

  /**
   * {@return the get-ready countdown before the first exercise, in seconds; {@value
   * #DEFAULT_LEAD_IN_SECONDS} unless set}
   */
  @Value.Default
  public int leadInSeconds() {
    return DEFAULT_LEAD_IN_SECONDS;
  }

  /**
   * {@return the seconds a step is counted as: a step lasts until the person moves on; {@value
   * #DEFAULT_SECONDS_PER_STEP} unless set}
   */
  @Value.Default
  public int secondsPerStep() {
    return DEFAULT_SECONDS_PER_STEP;
  }

  /**
   * {@return the seconds a breath is counted as, for a hold given in breaths only; {@value
   * #DEFAULT_SECONDS_PER_BREATH} unless set}
   */
  @Value.Default
  public int secondsPerBreath() {
    return DEFAULT_SECONDS_PER_BREATH;
  }

  /**
   * {@return the rest between repetitions when the dosage gives none ({@link
   * dev.regimen.core.dosage.Dosage#restSeconds()}), in seconds; {@value
   * #DEFAULT_REST_BETWEEN_REPETITIONS_SECONDS} unless set}
   */
  @Value.Default
  public int restBetweenRepetitionsSeconds() {
    return DEFAULT_REST_BETWEEN_REPETITIONS_SECONDS;
  }

  /**
   * {@return the rest between sets when the dosage gives none ({@link
   * dev.regimen.core.dosage.Dosage#restBetweenSetsSeconds()}), in seconds; {@value
   * #DEFAULT_REST_BETWEEN_SETS_SECONDS} unless set}
   */
  @Value.Default
  public int restBetweenSetsSeconds() {
    return DEFAULT_REST_BETWEEN_SETS_SECONDS;
  }

  /**
   * {@return the rest between one exercise and the next, in seconds; {@value
   * #DEFAULT_REST_BETWEEN_EXERCISES_SECONDS} unless set}
   */
  @Value.Default
  public int restBetweenExercisesSeconds() {
    return DEFAULT_REST_BETWEEN_EXERCISES_SECONDS;
  }

  /**
   * {@return the pause to change to the other side, in seconds; {@value
   * #DEFAULT_SWITCH_SIDES_SECONDS} unless set}
   */
  @Value.Default
  public int switchSidesSeconds() {
    return DEFAULT_SWITCH_SIDES_SECONDS;
  }

  /**
   * {@return the side a one-sided exercise starts on when its dosage names none ({@link
   * dev.regimen.core.dosage.Dosage#firstSide()}); {@link Side#LEFT} unless set}
   */
  @Value.Default
  public Side firstSide() {
    return Side.LEFT;
  }

  /** {@return the options with every default} */
  public static PlanOptions defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PlanOptions}; {@code build()} throws {@link ValidationException} listing every
   * broken rule.
   */
  public static final class Builder extends ImmutablePlanOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("plan options");
    c.notNegative("leadInSeconds", leadInSeconds());
    c.notNegative("secondsPerStep", secondsPerStep());
    c.notNegative("secondsPerBreath", secondsPerBreath());
    c.notNegative("restBetweenRepetitionsSeconds", restBetweenRepetitionsSeconds());
    c.notNegative("restBetweenSetsSeconds", restBetweenSetsSeconds());
    c.notNegative("restBetweenExercisesSeconds", restBetweenExercisesSeconds());
    c.notNegative("switchSidesSeconds", switchSidesSeconds());
    c.throwIfAny();
  }
}
