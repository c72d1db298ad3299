package dev.regimen.core.screening;

import dev.regimen.core.safety.Severity;
import java.util.Objects;

/**
 * What screening says of one entry of a protocol for one person, from the least to the most
 * severe; {@link #compareTo(Enum)} orders by severity.
 */
public enum Verdict {
  /**
   * No contraindication of the exercise matches the person, and the exercise carries no caution in
   * words.
   */
  SUITABLE("Suitable"),
  /**
   * No contraindication of the exercise matches the person, but the exercise carries cautions in
   * words ({@link dev.regimen.core.safety.Caution}), which screening cannot judge: kept, and the
   * person must read them before doing it.
   */
  CHECK("Read the cautions first"),
  /** At least one contraindication of severity {@link Severity#CAUTION} matches, none to avoid. */
  CAUTION("Caution"),
  /** At least one contraindication of severity {@link Severity#AVOID} matches. */
  AVOID("Avoid");

  private final String displayName;

  Verdict(String displayName) {
    this.displayName = displayName;
  }

  /** {@return the verdict in words, such as "Avoid"} */
  public String displayName() {
    return displayName;
  }

  /**
   * The verdict a matched contraindication of {@code severity} gives on its own.
   *
   * @param severity the contraindication's severity
   * @return {@link #AVOID} for {@link Severity#AVOID}, {@link #CAUTION} for {@link
   *     Severity#CAUTION}
   * @throws NullPointerException if {@code severity} is null
   */
  public static Verdict of(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return severity == Severity.AVOID ? AVOID : CAUTION;
  }

  /**
   * The more severe of this verdict and another.
   *
   * @param other the other verdict
   * @return the more severe of the two
   * @throws NullPointerException if {@code other} is null
   */
  public Verdict worst(Verdict other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0 ? this : other;
  }
}
