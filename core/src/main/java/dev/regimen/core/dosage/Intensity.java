package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * How hard an exercise should feel, in words: "a gentle stretch, never pain". A rating on a scale
 * is an {@link Effort}. Immutable and thread-safe.
 *
 * <p>Rules: the description not blank.
 */
@Value.Immutable
public abstract class Intensity {
  Intensity() {}

  /** {@return the described level, such as "a gentle stretch, never pain"} */
  public abstract String description();

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

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /** Builds an {@link Intensity}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableIntensity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("intensity");
    c.notBlank("description", description());
    c.throwIfAny();
  }
}
