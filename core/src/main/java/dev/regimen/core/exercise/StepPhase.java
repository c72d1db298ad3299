package dev.regimen.core.exercise;

/**
 * When in an exercise a {@link Step} is done, which decides how often a timed plan plays it. The
 * phases of an exercise's steps go in this order.
 */
public enum StepPhase {
  /** Getting ready, once for the whole exercise: "Sit up straight in a chair". */
  SETUP,
  /**
   * Getting ready on a side, each time the work moves to that side: "Extend your right leg in
   * front of you". For an exercise done with both sides at once, played once, after the set-up.
   */
  SIDE_SETUP,
  /** Part of every repetition: "Lean forward", "Curl the weights up". */
  REPETITION,
  /**
   * Changing from the first side to the other: "Breathe and switch sides". Played where the plan
   * switches sides; an exercise done with both sides at once never plays it.
   */
  SWITCH_SIDES,
  /** Once, after the last repetition of the exercise: "Put the weights down". */
  FINISH
}
