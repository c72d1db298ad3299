package dev.regimen.core.exercise;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An easier or harder variant of an exercise and the sign that tells when to switch to it.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Progression {
  Progression() {}

  /** {@return easier or harder} */
  public abstract ProgressionDirection direction();

  /** {@return the variant's name} */
  public abstract String name();

  /** {@return how to do the variant, when it needs saying} */
  public abstract Optional<String> instruction();

  /** {@return the sign that tells when to switch, such as "when 30 seconds feel easy"} */
  public abstract String sign();

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

  /** Builds a {@link Progression}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableProgression.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("progression");
    c.notBlank("name", name());
    instruction().ifPresent(v -> c.notBlank("instruction", v));
    c.notBlank("sign", sign());
    c.throwIfAny();
  }
}
