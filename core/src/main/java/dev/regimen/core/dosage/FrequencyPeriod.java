package dev.regimen.core.dosage;

/** The period a frequency counts over. */
public enum FrequencyPeriod {
  /** Times a day. */
  DAY,
  /** Times (days) a week. */
  WEEK
}
