package dev.regimen.core.protocol;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/** One exercise of a protocol with its dosage. Immutable and thread-safe. */
@Value.Immutable
public abstract class ProtocolEntry {
  ProtocolEntry() {}

  /** {@return the exercise} */
  public abstract Exercise exercise();

  /** {@return how much of it to do} */
  public abstract Dosage dosage();

  /** {@return a note for this entry, when there is one} */
  public abstract Optional<String> note();

  /**
   * An entry.
   *
   * @param exercise the exercise
   * @param dosage its dosage
   * @return the entry
   * @throws NullPointerException if an argument is null
   */
  public static ProtocolEntry of(Exercise exercise, Dosage dosage) {
    return builder().exercise(exercise).dosage(dosage).build();
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

  /** Builds a {@link ProtocolEntry}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableProtocolEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("entry");
    note().ifPresent(v -> c.notBlank("note", v));
    c.throwIfAny();
  }
}
