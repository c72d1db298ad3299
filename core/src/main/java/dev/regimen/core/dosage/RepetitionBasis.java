package dev.regimen.core.dosage;

/** Whether a repetition count applies to each side or to the exercise in total. */
public enum RepetitionBasis {
  /** The count applies to each side: "2 to 4 times on each side". */
  PER_SIDE,
  /** The count is for the whole exercise, all sides together. */
  TOTAL
}
