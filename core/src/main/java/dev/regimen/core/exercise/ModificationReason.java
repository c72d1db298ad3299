package dev.regimen.core.exercise;

/** Why a modification of an exercise applies. */
public enum ModificationReason {
  /** The person cannot reach as far (limited flexibility). */
  LIMITED_FLEXIBILITY,
  /** The position is uncomfortable. */
  DISCOMFORT,
  /** The person needs help with balance or with getting up and down. */
  BALANCE,
  /** The exercise is done somewhere else, such as in bed. */
  SETTING,
  /** Another reason, said in the modification's condition. */
  OTHER
}
