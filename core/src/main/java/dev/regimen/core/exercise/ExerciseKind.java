package dev.regimen.core.exercise;

/** What kind of exercise it is. */
public enum ExerciseKind {
  /** A stretch: lengthens a muscle, usually held. */
  STRETCH,
  /** Strengthening: works a muscle against resistance. */
  STRENGTHENING,
  /** Mobility: moves a joint through its range. */
  MOBILITY,
  /** Aerobic: sustained cardio such as walking, cycling or swimming. */
  AEROBIC,
  /** Balance: standing or moving while keeping steady. */
  BALANCE,
  /** Plyometric: jumps and bounds, fast stretch-and-spring movements. */
  PLYOMETRIC,
  /** Powerlifting: the squat, bench press and deadlift and their assistance lifts. */
  POWERLIFTING,
  /** Olympic weightlifting: the snatch, the clean and jerk and their variants. */
  OLYMPIC_WEIGHTLIFTING,
  /** Strongman: carrying, pulling and lifting odd and heavy objects. */
  STRONGMAN,
  /** Breathing: exercises of the breath itself, such as diaphragmatic breathing. */
  BREATHING,
  /** Self-massage: foam rolling, massage balls and the like. */
  SELF_MASSAGE
}
