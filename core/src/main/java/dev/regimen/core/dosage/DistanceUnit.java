package dev.regimen.core.dosage;

/** The unit of a {@link Distance}. */
public enum DistanceUnit {
  /** Metres. */
  METRES,
  /** Kilometres. */
  KILOMETRES,
  /** Yards. */
  YARDS,
  /** Miles. */
  MILES
}
