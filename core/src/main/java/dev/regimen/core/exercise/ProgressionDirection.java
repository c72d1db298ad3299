package dev.regimen.core.exercise;

/** Whether a variant is easier or harder than the exercise. */
public enum ProgressionDirection {
  /** A regression: an easier variant. */
  EASIER,
  /** A progression: a harder variant. */
  HARDER
}
