package dev.regimen.core.anatomy;

import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A motion segment: two adjacent vertebrae and the joint between them, such as L5-S1 (the
 * lumbosacral joint). Immutable and thread-safe.
 *
 * <p>The upper vertebra comes first. Segments inside a fused region (the sacrum, the coccyx) do
 * not exist and are rejected.
 */
@Value.Immutable
public abstract class SpinalSegment implements Comparable<SpinalSegment> {
  private static final Map<String, String> COMMON_NAMES =
      Map.of(
          "C1-C2", "atlanto-axial joint",
          "C7-T1", "cervicothoracic junction",
          "T12-L1", "thoracolumbar junction",
          "L5-S1", "lumbosacral joint",
          "S5-Co1", "sacrococcygeal joint");

  SpinalSegment() {}

  /** {@return the upper vertebra, such as L5} */
  @Value.Parameter
  public abstract Vertebra upper();

  /** {@return the lower vertebra, such as S1} */
  @Value.Parameter
  public abstract Vertebra lower();

  /**
   * Returns the segment between two adjacent vertebrae.
   *
   * @param upper the upper vertebra
   * @param lower the vertebra just below it
   * @return the segment
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if the vertebrae are not adjacent, are in the wrong order, or lie
   *     inside a fused region
   */
  public static SpinalSegment of(Vertebra upper, Vertebra lower) {
    return ImmutableSpinalSegment.of(upper, lower);
  }

  /**
   * Returns the segment between {@code upper} and the vertebra just below it.
   *
   * @param upper the upper vertebra
   * @return the segment
   * @throws NullPointerException if {@code upper} is null
   * @throws ValidationException if {@code upper} is the last vertebra, or the segment lies inside
   *     a fused region
   */
  public static SpinalSegment below(Vertebra upper) {
    Objects.requireNonNull(upper, "upper");
    Vertebra lower =
        upper
            .next()
            .orElseThrow(
                () ->
                    new ValidationException(
                        "segment", "", upper.label() + " is the last vertebra; no segment lies below it"));
    return of(upper, lower);
  }

  /**
   * Parses a segment name such as {@code L5-S1} or {@code T12-L1}.
   *
   * @param name two vertebra labels joined by a hyphen, the upper one first
   * @return the segment
   * @throws NullPointerException if {@code name} is null
   * @throws ValidationException if the name is malformed, names a vertebra that does not exist, or
   *     names a pair that is not a segment (not adjacent, wrong order, inside the fused sacrum)
   */
  public static SpinalSegment parse(String name) {
    Objects.requireNonNull(name, "name");
    String[] parts = name.strip().split("-", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new ValidationException(
          "segment",
          "",
          "'" + name + "' is not a segment name; expected two vertebra labels joined by a hyphen,"
              + " the upper first, such as L5-S1");
    }
    return of(Vertebra.parse(parts[0]), Vertebra.parse(parts[1]));
  }

  /** {@return the name, such as {@code L5-S1}} */
  public String label() {
    return upper().label() + "-" + lower().label();
  }

  /**
   * {@return the joint's everyday name where it has one, such as "lumbosacral joint" for L5-S1,
   * "thoracolumbar junction" for T12-L1 or "cervicothoracic junction" for C7-T1}
   */
  public Optional<String> commonName() {
    return Optional.ofNullable(COMMON_NAMES.get(label()));
  }

  /** {@return the label with the common name where there is one, such as "L5-S1 (lumbosacral joint)"} */
  public String describe() {
    return commonName().map(n -> label() + " (" + n + ")").orElse(label());
  }

  /**
   * Orders segments from the top of the spine to the bottom.
   *
   * @param other the segment to compare with
   * @return the order of the upper vertebrae
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(SpinalSegment other) {
    Objects.requireNonNull(other, "other");
    return upper().compareTo(other.upper());
  }

  /** {@return the name, such as {@code L5-S1}} */
  @Override
  public String toString() {
    return label();
  }

  @Value.Check
  void check() {
    String problem = problem(upper(), lower());
    if (problem != null) {
      throw new ValidationException(
          "segment", "", "'" + upper().label() + "-" + lower().label() + "' " + problem);
    }
  }

  /**
   * Says why {@code upper-lower} is not a segment, and what would be one.
   *
   * @return the reason, to follow the quoted pair in a message; null when the pair is a segment
   */
  private static String problem(Vertebra upper, Vertebra lower) {
    if (upper.equals(lower)) {
      return "names " + upper.label() + " twice; a segment joins a vertebra and the one just below"
          + " it, such as " + upper.next().filter(l -> problem(upper, l) == null)
              .map(l -> upper.label() + "-" + l.label()).orElse("L5-S1");
    }
    if (upper.compareTo(lower) > 0) {
      String reversed = problem(lower, upper);
      String pair = lower.label() + "-" + upper.label();
      return reversed == null
          ? "is in the wrong order; the upper vertebra comes first, such as " + pair
          : "is in the wrong order (the upper vertebra comes first), and " + pair + " " + reversed;
    }
    Vertebra expected = upper.next().orElseThrow();
    if (!expected.equals(lower)) {
      return "is not a segment: " + upper.label() + " and " + lower.label()
          + " are not adjacent; the vertebra below " + upper.label() + " is " + expected.label();
    }
    SpinalRegion region = upper.region();
    if (region == lower.region() && region.isFused()) {
      List<String> ends = new ArrayList<>();
      region.first().previous().ifPresent(v -> ends.add(v.label() + "-" + region.first().label()));
      region.last().next().ifPresent(v -> ends.add(region.last().label() + "-" + v.label()));
      return "lies inside the fused " + region.commonName() + " (" + region.labelRange()
          + "), which has no movable segments; "
          + (ends.size() == 1
              ? "the segment next to it is " + ends.get(0)
              : "the segments next to it are " + String.join(" and ", ends));
    }
    return null;
  }
}
