package dev.regimen.core.exercise;

/** How much experience an exercise asks for. */
public enum ExerciseLevel {
  /** For anyone, including people new to exercise. */
  BEGINNER,
  /** For people who exercise regularly. */
  INTERMEDIATE,
  /** For experienced people: demanding technique, load or balance. */
  ADVANCED
}
