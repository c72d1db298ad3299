package dev.regimen.core.exercise;

/** The main direction of effort of an exercise. */
public enum Force {
  /** Pushing away from the body: a press, a squat. */
  PUSH,
  /** Pulling towards the body: a row, a curl. */
  PULL,
  /** Holding still against a load: a plank, a stretch. */
  STATIC
}
