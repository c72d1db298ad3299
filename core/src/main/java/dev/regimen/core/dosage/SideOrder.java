package dev.regimen.core.dosage;

/** How the sides of a one-sided exercise are worked, or that both sides work at once. */
public enum SideOrder {
  /** Both sides at once, or an exercise without sides (such as walking). */
  BOTH_AT_ONCE,
  /** All repetitions on one side, then all on the other. */
  ONE_SIDE_THEN_OTHER,
  /** One repetition on one side, then one on the other, and so on. */
  ALTERNATING;

  /** {@return whether the exercise is done one side at a time} */
  public boolean isOneSided() {
    return this != BOTH_AT_ONCE;
  }
}
