package dev.regimen.core.dosage;

/** The scale an {@link Effort} is rated on. */
public enum EffortScale {
  /**
   * Rating of perceived exertion, from 0 (no effort at all) to 10 (the hardest effort possible),
   * the Borg CR10 scale.
   */
  RPE,
  /** Repetitions in reserve: how many more repetitions could be done at the end of a set, 0 to 10. */
  REPETITIONS_IN_RESERVE
}
