package dev.regimen.core.session;

/**
 * One of the {@link PlanOptions} a session's times rest on: what a plan assumes for something the
 * protocol gives no time for. {@link SessionLength#assumptions()} says which of them a protocol's
 * session uses.
 */
public enum PlanAssumption {
  /** {@link PlanOptions#leadInSeconds()}: the time to get ready; every session has it. */
  LEAD_IN,
  /** {@link PlanOptions#secondsPerStep()}: a step done once, once a side or to switch sides. */
  SECONDS_PER_STEP,
  /** {@link PlanOptions#secondsPerRepetition()}: the movement of a repetition without a tempo. */
  SECONDS_PER_REPETITION,
  /** {@link PlanOptions#secondsPerBreath()}: a hold counted in breaths only. */
  SECONDS_PER_BREATH,
  /** {@link PlanOptions#assumedHoldSeconds()}: a hold given in words only. */
  ASSUMED_HOLD_SECONDS,
  /** {@link PlanOptions#secondsPerOpenSet()}: a set of as many repetitions as possible. */
  SECONDS_PER_OPEN_SET,
  /** {@link PlanOptions#secondsPerKilometre()}: a distance to cover. */
  SECONDS_PER_KILOMETRE,
  /**
   * {@link PlanOptions#restBetweenRepetitionsSeconds()}: the rest after a repetition that holds a
   * position, when the dosage gives none (also when the option is 0, which leaves the rest out).
   */
  REST_BETWEEN_REPETITIONS,
  /**
   * {@link PlanOptions#restBetweenSetsSeconds()}: the rest between sets, when the dosage gives none
   * (also when the option is 0, which leaves the rest out).
   */
  REST_BETWEEN_SETS,
  /** {@link PlanOptions#restBetweenExercisesSeconds()}: the pause before each exercise after the first. */
  REST_BETWEEN_EXERCISES,
  /** {@link PlanOptions#switchSidesSeconds()}: changing to the other side. */
  SWITCH_SIDES
}
