package dev.regimen.core.exercise;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What a person should feel, and where: "a stretch in the back of your thigh" (hamstrings).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sensation {
  Sensation() {}

  /** {@return what is felt, such as "a stretch in the back of your thigh"} */
  public abstract String description();

  /** {@return where it is felt} */
  public abstract List<BodyArea> areas();

  /**
   * A sensation.
   *
   * @param description what is felt, not blank
   * @param areas where it is felt
   * @return the sensation
   * @throws ValidationException if {@code description} is blank
   * @throws NullPointerException if {@code areas} is null
   */
  public static Sensation of(String description, BodyArea... areas) {
    Objects.requireNonNull(areas, "areas");
    return builder().description(description).addAreas(areas).build();
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

  /** Builds a {@link Sensation}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableSensation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("sensation");
    c.notBlank("description", description());
    c.throwIfAny();
  }
}
