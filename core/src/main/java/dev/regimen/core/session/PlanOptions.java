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
 * <p>Rules: every number of seconds not negative; {@code maxCues} at least 1.
 */
@Value.Immutable
public abstract class PlanOptions {
  /** The default {@link #leadInSeconds()}, {@value}. */
  public static final int DEFAULT_LEAD_IN_SECONDS = 10;

  /** The default {@link #secondsPerStep()}, {@value}. */
  public static final int DEFAULT_SECONDS_PER_STEP = 5;

  /** The default {@link #secondsPerRepetition()}, {@value} (a 2-0-2 tempo). */
  public static final int DEFAULT_SECONDS_PER_REPETITION = 4;

  /** The default {@link #assumedHoldSeconds()}, {@value}. */
  public static final int DEFAULT_ASSUMED_HOLD_SECONDS = 5;

  /** The default {@link #secondsPerOpenSet()}, {@value}. */
  public static final int DEFAULT_SECONDS_PER_OPEN_SET = 60;

  /** The default {@link #secondsPerKilometre()}, {@value} (walking at 5 km an hour). */
  public static final int DEFAULT_SECONDS_PER_KILOMETRE = 720;

  /** The default {@link #maxCues()}, {@value}. */
  public static final int DEFAULT_MAX_CUES = 100_000;

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
   * {@return the seconds a set-up, side set-up, switching or finishing step is counted as: it
   * lasts until the person has read it and moved into place; {@value #DEFAULT_SECONDS_PER_STEP}
   * unless set}
   */
  @Value.Default
  public int secondsPerStep() {
    return DEFAULT_SECONDS_PER_STEP;
  }

  /**
   * {@return the seconds the movement of one repetition is counted as when the dosage gives no
   * tempo, shared out over the repetition's steps (its holds come on top); {@value
   * #DEFAULT_SECONDS_PER_REPETITION} (a 2-0-2 tempo) unless set}
   */
  @Value.Default
  public int secondsPerRepetition() {
    return DEFAULT_SECONDS_PER_REPETITION;
  }

  /**
   * {@return the seconds a hold given only in words ("a few seconds") is counted as; {@value
   * #DEFAULT_ASSUMED_HOLD_SECONDS} unless set}
   */
  @Value.Default
  public int assumedHoldSeconds() {
    return DEFAULT_ASSUMED_HOLD_SECONDS;
  }

  /**
   * {@return the seconds a set of "as many as you can" without a time is counted as; {@value
   * #DEFAULT_SECONDS_PER_OPEN_SET} unless set}
   */
  @Value.Default
  public int secondsPerOpenSet() {
    return DEFAULT_SECONDS_PER_OPEN_SET;
  }

  /**
   * {@return the seconds a kilometre of a distance is counted as; {@value
   * #DEFAULT_SECONDS_PER_KILOMETRE} (walking at 5 km an hour) unless set}
   */
  @Value.Default
  public int secondsPerKilometre() {
    return DEFAULT_SECONDS_PER_KILOMETRE;
  }

  /**
   * {@return the most cues a plan may have: expanding a protocol that would need more stops with a
   * {@link dev.regimen.core.validation.ValidationException} before using more memory; {@value
   * #DEFAULT_MAX_CUES} unless set}
   */
  @Value.Default
  public int maxCues() {
    return DEFAULT_MAX_CUES;
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
   * {@return the rest between repetitions that hold a position when the dosage gives none ({@link
   * dev.regimen.core.dosage.Dosage#restSeconds()}), in seconds; {@value
   * #DEFAULT_REST_BETWEEN_REPETITIONS_SECONDS} unless set. Repetitions that only move follow one
   * another without a rest unless the dosage gives one}
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
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
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
    c.notNegative("secondsPerRepetition", secondsPerRepetition());
    c.notNegative("assumedHoldSeconds", assumedHoldSeconds());
    c.notNegative("secondsPerOpenSet", secondsPerOpenSet());
    c.notNegative("secondsPerKilometre", secondsPerKilometre());
    c.positive("maxCues", maxCues());
    c.notNegative("secondsPerBreath", secondsPerBreath());
    c.notNegative("restBetweenRepetitionsSeconds", restBetweenRepetitionsSeconds());
    c.notNegative("restBetweenSetsSeconds", restBetweenSetsSeconds());
    c.notNegative("restBetweenExercisesSeconds", restBetweenExercisesSeconds());
    c.notNegative("switchSidesSeconds", switchSidesSeconds());
    c.throwIfAny();
  }
}
