package dev.regimen.core.exercise;

/** What kind of exercise it is. */
public enum ExerciseKind {
  /** A stretch: lengthens a muscle, usually held. */
  STRETCH,
  /** Strengthening: works a muscle against resistance. */
  STRENGTHENING,
  /** Mobility: moves a joint through its range. */
  MOBILITY,
  /** Aerobic: sustained, low-impact cardio such as walking. */
  AEROBIC
}
