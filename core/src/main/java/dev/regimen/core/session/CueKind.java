package dev.regimen.core.session;

/** What a {@link Cue} asks the person to do. */
public enum CueKind {
  /** Get ready: the countdown before the first exercise, naming it and its starting position. */
  LEAD_IN,
  /** One step of an exercise, for as long as the person takes. */
  STEP,
  /** Hold the position. */
  HOLD,
  /**
   * A set given as a duration, a distance or "as many as you can" rather than as repetitions:
   * "Keep going for 30 minutes", "Cover 2 kilometres".
   */
  WORK,
  /** Rest between repetitions, or between sets. */
  REST,
  /** Pause to change to the other side. */
  SWITCH_SIDES,
  /** Rest between exercises, naming the next exercise and its starting position. */
  NEXT_EXERCISE
}
