package dev.regimen.core.exercise;

/** How many joints an exercise moves. */
public enum Mechanic {
  /** Several joints at once: a squat moves hips, knees and ankles. */
  COMPOUND,
  /** One joint: a biceps curl moves the elbow. */
  ISOLATION
}
