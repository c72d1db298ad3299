package dev.regimen.core.exercise;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instruction of an exercise, in order; a step may carry its own hold ("pause here for a few
 * breaths"), which marks where in the exercise the position is held. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Step {
  Step() {}

  /** {@return the instruction} */
  public abstract String text();

  /** {@return the hold this step asks for, when it asks for one} */
  public abstract Optional<Hold> hold();

  /**
   * A step without a hold.
   *
   * @param text the instruction, not blank
   * @return the step
   * @throws ValidationException if {@code text} is blank
   */
  public static Step of(String text) {
    return builder().text(text).build();
  }

  /**
   * A step that holds a position.
   *
   * @param text the instruction, not blank
   * @param hold the hold
   * @return the step
   * @throws ValidationException if {@code text} is blank
   */
  public static Step holding(String text, Hold hold) {
    return builder().text(text).hold(hold).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Step}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("step");
    c.notBlank("text", text());
    c.throwIfAny();
  }
}
