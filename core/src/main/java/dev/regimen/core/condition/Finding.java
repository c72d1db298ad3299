package dev.regimen.core.condition;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding that refines a condition, such as disc material extruded onto a nerve for a herniated
 * disc. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** {@return the id, a lowercase slug such as "disc-extruded-onto-nerve"} */
  public abstract String id();

  /** {@return the name} */
  public abstract String name();

  /** {@return a description, when useful} */
  public abstract Optional<String> description();

  /**
   * A finding with no description.
   *
   * @param id a lowercase slug
   * @param name the name, not blank
   * @return the finding
   * @throws ValidationException if the id is not a slug or the name is blank
   */
  public static Finding of(String id, String name) {
    return builder().id(id).name(name).build();
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

  /** Builds a {@link Finding}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("finding");
    c.slug("id", id());
    c.notBlank("name", name());
    description().ifPresent(v -> c.notBlank("description", v));
    c.throwIfAny();
  }
}
