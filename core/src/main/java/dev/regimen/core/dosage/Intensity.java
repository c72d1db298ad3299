package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How hard an exercise should feel: a described level ("a gentle stretch, never pain") and,
 * optionally, a rating on a 0 to 10 scale. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Intensity {
  Intensity() {}

  /** {@return the described level, such as "a gentle stretch, never pain"} */
  public abstract String description();

  /** {@return a rating from 0 (none) to 10 (maximal), when given} */
  public abstract OptionalInt rating();

  /**
   * A described intensity.
   *
   * @param description the level in words, not blank
   * @return the intensity
   * @throws ValidationException if {@code description} is blank
   */
  public static Intensity described(String description) {
    return builder().description(description).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intensity}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableIntensity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("intensity");
    c.notBlank("description", description());
    rating()
        .ifPresent(
            r -> c.between("rating", r, 0, 10));
    c.throwIfAny();
  }
}
