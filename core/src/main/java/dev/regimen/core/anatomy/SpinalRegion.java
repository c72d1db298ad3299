package dev.regimen.core.anatomy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The five regions of the spine, top to bottom, with their vertebra counts and the label prefix
 * used in segment names ({@code C}, {@code T}, {@code L}, {@code S}, {@code Co}).
 */
public enum SpinalRegion {
  /** The neck: C1 to C7. */
  CERVICAL("C", 7, false, "cervical spine"),
  /** The upper and middle back: T1 to T12. */
  THORACIC("T", 12, false, "thoracic spine"),
  /** The lower back: L1 to L5. */
  LUMBAR("L", 5, false, "lumbar spine"),
  /** The sacrum: S1 to S5, fused into one bone in adults. */
  SACRAL("S", 5, true, "sacrum"),
  /** The coccyx (tailbone): Co1 to Co4, usually fused. */
  COCCYGEAL("Co", 4, true, "coccyx");

  private final String prefix;
  private final int count;
  private final boolean fused;
  private final String commonName;

  SpinalRegion(String prefix, int count, boolean fused, String commonName) {
    this.prefix = prefix;
    this.count = count;
    this.fused = fused;
    this.commonName = commonName;
  }

  /** {@return the label prefix, such as {@code L} for lumbar or {@code Co} for coccygeal} */
  public String prefix() {
    return prefix;
  }

  /** {@return how many vertebrae the region has, such as 5 for lumbar} */
  public int vertebraCount() {
    return count;
  }

  /** {@return whether the region's vertebrae are fused, so no movable segment lies inside it} */
  public boolean isFused() {
    return fused;
  }

  /** {@return the region's everyday name, such as "lumbar spine" or "sacrum"} */
  public String commonName() {
    return commonName;
  }

  /** {@return the first vertebra of the region, such as L1} */
  public Vertebra first() {
    return Vertebra.of(this, 1);
  }

  /** {@return the last vertebra of the region, such as L5} */
  public Vertebra last() {
    return Vertebra.of(this, count);
  }

  /** {@return a description of the labels this region allows, such as "L1 to L5"} */
  public String labelRange() {
    return prefix + "1 to " + prefix + count;
  }

  /**
   * Finds the region whose label prefix is {@code prefix}, ignoring case.
   *
   * @param prefix a label prefix such as {@code L} or {@code Co}
   * @return the region, or empty when no region has that prefix
   * @throws NullPointerException if {@code prefix} is null
   */
  public static Optional<SpinalRegion> ofPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    for (SpinalRegion region : values()) {
      if (region.prefix.toLowerCase(Locale.ROOT).equals(prefix.toLowerCase(Locale.ROOT))) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }
}
