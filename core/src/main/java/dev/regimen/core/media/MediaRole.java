package dev.regimen.core.media;

/** What a {@link Media} shows of an exercise. */
public enum MediaRole {
  /** The position to start from. */
  START_POSITION,
  /** A point in the middle of the movement. */
  MID_POSITION,
  /** The position at the end of the movement (or the one held). */
  END_POSITION,
  /** The movement as a whole, such as a video of one repetition or an arrowed drawing. */
  MOVEMENT,
  /** Anything else that explains the exercise: a detail, a common mistake, the equipment. */
  ILLUSTRATION
}
