package dev.regimen.core.exercise;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A change to an exercise and when it applies: "If you can't reach your toes" — "reach for your
 * knee or shin". Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Modification {
  Modification() {}

  /** {@return why it applies} */
  public abstract ModificationReason reason();

  /** {@return when it applies, in words, such as "If you can't reach your toes"} */
  public abstract String when();

  /** {@return what to do instead} */
  public abstract String instruction();

  /**
   * A modification.
   *
   * @param reason why it applies
   * @param when when it applies, not blank
   * @param instruction what to do, not blank
   * @return the modification
   * @throws ValidationException if a text is blank
   */
  public static Modification of(ModificationReason reason, String when, String instruction) {
    return builder().reason(reason).when(when).instruction(instruction).build();
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

  /** Builds a {@link Modification}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableModification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("modification");
    c.notBlank("when", when());
    c.notBlank("instruction", instruction());
    c.throwIfAny();
  }
}
