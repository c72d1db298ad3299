package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How far to go, in whole units: "400 metres", "2 to 3 kilometres". Immutable and thread-safe.
 *
 * <p>Rules: {@code amount} from 1 to {@link #MAX_AMOUNT}; {@code maxAmount} not less than it and
 * not more than {@link #MAX_AMOUNT}.
 */
@Value.Immutable
public abstract class Distance {
  /** The largest amount of any unit, {@value}. */
  public static final int MAX_AMOUNT = 100_000;

  Distance() {}

  /** {@return the distance, or the shortest of a range, in {@link #unit()}s} */
  public abstract int amount();

  /** {@return the longest distance of a range, in {@link #unit()}s} */
  public abstract OptionalInt maxAmount();

  /** {@return the unit} */
  public abstract DistanceUnit unit();

  /**
   * Exactly {@code amount} units.
   *
   * @param amount from 1 to {@link #MAX_AMOUNT}
   * @param unit the unit
   * @return the distance
   * @throws ValidationException if {@code amount} is out of range
   * @throws NullPointerException if {@code unit} is null
   */
  public static Distance of(int amount, DistanceUnit unit) {
    return builder().amount(amount).unit(unit).build();
  }

  /**
   * From {@code min} to {@code max} units.
   *
   * @param min the shortest, from 1
   * @param max the longest, from {@code min} to {@link #MAX_AMOUNT}
   * @param unit the unit
   * @return the distance
   * @throws ValidationException if a number is out of range
   * @throws NullPointerException if {@code unit} is null
   */
  public static Distance between(int min, int max, DistanceUnit unit) {
    return builder().amount(min).maxAmount(max).unit(unit).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /** Builds a {@link Distance}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableDistance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("distance");
    c.between("amount", amount(), 1, MAX_AMOUNT);
    if (maxAmount().isPresent()) {
      int max = maxAmount().getAsInt();
      c.between("maxAmount", max, 1, MAX_AMOUNT);
      if (max < amount()) {
        c.fail("maxAmount", "must not be less than amount " + amount() + ", was " + max);
      }
    }
    c.throwIfAny();
  }
}
