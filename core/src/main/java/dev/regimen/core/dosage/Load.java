package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The resistance to work against: a weight in kilograms or pounds, a percentage of the one-
 * repetition maximum, the body's own weight, or a band. Immutable and thread-safe.
 *
 * <p>Rules: kilograms, pounds and percentages need an {@code amount}, greater than 0 and at most
 * the unit's maximum ({@value #MAX_KILOGRAMS} kg, {@value #MAX_POUNDS} lb, {@value #MAX_PERCENT}
 * %); {@code maxAmount} only with {@code amount}, not less than it; body weight takes no amount; a
 * band is described in words ({@code description}); the description, when given, not blank.
 */
@Value.Immutable
public abstract class Load {
  /** The heaviest load in kilograms, {@value}. */
  public static final double MAX_KILOGRAMS = 1000;

  /** The heaviest load in pounds, {@value}. */
  public static final double MAX_POUNDS = 2200;

  /** The largest percentage of the one-repetition maximum, {@value} (eccentric overload work). */
  public static final double MAX_PERCENT = 150;

  Load() {}

  /** {@return what the load is measured in} */
  public abstract LoadUnit unit();

  /** {@return the load, or the lightest of a range, in {@link #unit()}s} */
  public abstract OptionalDouble amount();

  /** {@return the heaviest load of a range, in {@link #unit()}s} */
  public abstract OptionalDouble maxAmount();

  /** {@return the load in words, such as "a light band"; required for a band} */
  public abstract Optional<String> description();

  /**
   * A weight in kilograms.
   *
   * @param kilograms greater than 0, at most {@value #MAX_KILOGRAMS}
   * @return the load
   * @throws ValidationException if the weight is out of range
   */
  public static Load ofKilograms(double kilograms) {
    return builder().unit(LoadUnit.KILOGRAMS).amount(kilograms).build();
  }

  /**
   * A weight in pounds.
   *
   * @param pounds greater than 0, at most {@value #MAX_POUNDS}
   * @return the load
   * @throws ValidationException if the weight is out of range
   */
  public static Load ofPounds(double pounds) {
    return builder().unit(LoadUnit.POUNDS).amount(pounds).build();
  }

  /**
   * A percentage of the one-repetition maximum.
   *
   * @param percent greater than 0, at most {@value #MAX_PERCENT}
   * @return the load
   * @throws ValidationException if the percentage is out of range
   */
  public static Load ofPercentOfOneRepMax(double percent) {
    return builder().unit(LoadUnit.PERCENT_OF_ONE_REP_MAX).amount(percent).build();
  }

  /** {@return the body's own weight, with no added load} */
  public static Load bodyWeight() {
    return builder().unit(LoadUnit.BODY_WEIGHT).build();
  }

  /**
   * A resistance band.
   *
   * @param description the band in words, such as "a light band", not blank
   * @return the load
   * @throws ValidationException if {@code description} is blank
   */
  public static Load band(String description) {
    return builder().unit(LoadUnit.BAND).description(description).build();
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

  /** Builds a {@link Load}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableLoad.Builder {
    Builder() {}
  }

  private static double maximum(LoadUnit unit) {
    switch (unit) {
      case KILOGRAMS:
        return MAX_KILOGRAMS;
      case POUNDS:
        return MAX_POUNDS;
      case PERCENT_OF_ONE_REP_MAX:
        return MAX_PERCENT;
      default:
        return Double.MAX_VALUE;
    }
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("load");
    double most = maximum(unit());
    amount().ifPresent(a -> checkAmount(c, "amount", a, most));
    maxAmount().ifPresent(a -> checkAmount(c, "maxAmount", a, most));
    if (maxAmount().isPresent()) {
      if (amount().isEmpty()) {
        c.fail("maxAmount", "needs amount, the lightest load");
      } else if (maxAmount().getAsDouble() < amount().getAsDouble()) {
        c.fail(
            "maxAmount",
            "must not be less than amount " + amount().getAsDouble() + ", was "
                + maxAmount().getAsDouble());
      }
    }
    switch (unit()) {
      case BODY_WEIGHT:
        c.require(amount().isEmpty(), "amount", "body weight takes no amount");
        break;
      case BAND:
        c.require(
            description().isPresent(),
            "description",
            "is required for a band: the band in words, such as 'a light band'");
        break;
      default:
        c.require(
            amount().isPresent(), "amount", "is required for a load in " + unit().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        break;
    }
    description().ifPresent(d -> c.notBlank("description", d));
    c.throwIfAny();
  }

  private static void checkAmount(Checks c, String path, double amount, double most) {
    if (!(amount > 0) || amount > most || Double.isInfinite(amount)) {
      c.fail(path, "must be greater than 0 and at most " + (long) most + ", was " + amount);
    }
  }
}
