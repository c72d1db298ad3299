package dev.regimen.core.source;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person a source cites or quotes, with credentials and role, such as "David Wells-Roth", "MD",
 * "neurosurgeon specialising in minimally invasive spinal surgery". Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** {@return the person's name} */
  public abstract String name();

  /** {@return the credentials, such as "MD"} */
  public abstract Optional<String> credentials();

  /** {@return the role or speciality, such as "neurosurgeon"} */
  public abstract Optional<String> role();

  /** {@return the name with credentials, such as "David Wells-Roth, MD"} */
  public String displayName() {
    return credentials().map(c -> name() + ", " + c).orElse(name());
  }

  /**
   * A person known by name alone.
   *
   * @param name the name, not blank
   * @return the person
   * @throws ValidationException if {@code name} is blank
   */
  public static Person named(String name) {
    return builder().name(name).build();
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

  /** Builds a {@link Person}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("person");
    c.notBlank("name", name());
    credentials().ifPresent(v -> c.notBlank("credentials", v));
    role().ifPresent(v -> c.notBlank("role", v));
    c.throwIfAny();
  }
}
