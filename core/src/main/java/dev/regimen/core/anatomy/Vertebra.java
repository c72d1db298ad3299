package dev.regimen.core.anatomy;

import dev.regimen.core.validation.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One vertebra, such as L5 or S1, ordered from the top of the spine (C1) to the bottom (Co4).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vertebra implements Comparable<Vertebra> {
  private static final Pattern LABEL = Pattern.compile("([A-Za-z]{1,2})([0-9]{1,3})");

  Vertebra() {}

  /** {@return the region the vertebra belongs to} */
  @Value.Parameter
  public abstract SpinalRegion region();

  /** {@return the vertebra's number within its region, counted from the top, starting at 1} */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the vertebra {@code number} of {@code region}.
   *
   * @param region the region
   * @param number the number within the region, from 1 to the region's vertebra count
   * @return the vertebra
   * @throws NullPointerException if {@code region} is null
   * @throws ValidationException if the region has no vertebra with that number
   */
  public static Vertebra of(SpinalRegion region, int number) {
    return ImmutableVertebra.of(region, number);
  }

  /**
   * Parses a label such as {@code L5}, {@code S1} or {@code Co1}; the region prefix may be in
   * either case.
   *
   * @param label the label
   * @return the vertebra
   * @throws NullPointerException if {@code label} is null
   * @throws ValidationException if the label is malformed or names a vertebra that does not exist
   *     (such as {@code L6} or {@code C8})
   */
  public static Vertebra parse(String label) {
    Objects.requireNonNull(label, "label");
    Matcher m = LABEL.matcher(label.strip());
    if (!m.matches()) {
      throw new ValidationException(
          "vertebra",
          "",
          "'" + label + "' is not a vertebra label; expected a region prefix (C, T, L, S or Co)"
              + " followed by a number, such as L5");
    }
    SpinalRegion region =
        SpinalRegion.ofPrefix(m.group(1))
            .orElseThrow(
                () ->
                    new ValidationException(
                        "vertebra",
                        "",
                        "'" + label + "' has an unknown region prefix '" + m.group(1)
                            + "'; expected C, T, L, S or Co"));
    return of(region, Integer.parseInt(m.group(2)));
  }

  /** {@return the label, such as {@code L5}} */
  public String label() {
    return region().prefix() + number();
  }

  /** {@return the vertebra just below this one, or empty for the last vertebra of the coccyx} */
  public Optional<Vertebra> next() {
    if (number() < region().vertebraCount()) {
      return Optional.of(of(region(), number() + 1));
    }
    int after = region().ordinal() + 1;
    return after < SpinalRegion.values().length
        ? Optional.of(SpinalRegion.values()[after].first())
        : Optional.empty();
  }

  /** {@return the vertebra just above this one, or empty for C1} */
  public Optional<Vertebra> previous() {
    if (number() > 1) {
      return Optional.of(of(region(), number() - 1));
    }
    int before = region().ordinal() - 1;
    return before >= 0 ? Optional.of(SpinalRegion.values()[before].last()) : Optional.empty();
  }

  /**
   * Orders vertebrae from the top of the spine to the bottom.
   *
   * @param other the vertebra to compare with
   * @return negative when this vertebra lies above {@code other}, zero when they are the same,
   *     positive when it lies below
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Vertebra other) {
    Objects.requireNonNull(other, "other");
    int byRegion = region().compareTo(other.region());
    return byRegion != 0 ? byRegion : Integer.compare(number(), other.number());
  }

  /** {@return the label, such as {@code L5}} */
  @Override
  public String toString() {
    return label();
  }

  @Value.Check
  void check() {
    if (number() < 1 || number() > region().vertebraCount()) {
      throw new ValidationException(
          "vertebra",
          "",
          region().prefix() + number() + " does not exist; the " + region().commonName()
              + " has " + region().labelRange());
    }
  }
}
