package dev.regimen.core.dosage;

/** What a {@link Load} is measured in. */
public enum LoadUnit {
  /** Kilograms of weight: "2 kg dumbbells". */
  KILOGRAMS,
  /** Pounds of weight: "5 lb dumbbells". */
  POUNDS,
  /** A percentage of the person's one-repetition maximum: "70 % of 1RM". */
  PERCENT_OF_ONE_REP_MAX,
  /** The person's own body weight, with no added load. */
  BODY_WEIGHT,
  /** A resistance band, described in words ("a light band", "the red band"). */
  BAND
}
