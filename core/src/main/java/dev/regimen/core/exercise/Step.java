package dev.regimen.core.exercise;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.media.Media;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instruction of an exercise, in order: its text, its {@linkplain #phase() phase} (set-up,
 * side set-up, each repetition, switching sides or finishing), and optionally a hold ("pause here
 * for a few breaths"), which marks where in the movement the position is held, and pictures of
 * it. Immutable and thread-safe.
 *
 * <p>Rules: the text not blank. A step's hold is the default: when the entry's dosage gives a
 * hold too, the dosage's hold is the one done, at this step.
 */
@Value.Immutable
public abstract class Step {
  Step() {}

  /** {@return the instruction} */
  public abstract String text();

  /** {@return when the step is done; {@link StepPhase#REPETITION} unless set} */
  @Value.Default
  public StepPhase phase() {
    return StepPhase.REPETITION;
  }

  /** {@return the hold this step asks for, when it asks for one} */
  public abstract Optional<Hold> hold();

  /** {@return pictures or videos of this step} */
  public abstract List<Media> media();

  /**
   * A step of each repetition, without a hold.
   *
   * @param text the instruction, not blank
   * @return the step
   * @throws ValidationException if {@code text} is blank
   */
  public static Step of(String text) {
    return builder().text(text).build();
  }

  /**
   * A step of the given phase, without a hold.
   *
   * @param phase when the step is done
   * @param text the instruction, not blank
   * @return the step
   * @throws ValidationException if {@code text} is blank
   * @throws NullPointerException if an argument is null
   */
  public static Step of(StepPhase phase, String text) {
    return builder().phase(phase).text(text).build();
  }

  /**
   * A step of each repetition that holds a position.
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

  /**
   * {@return a builder that starts from this value: change what differs and {@code build()} a new
   * value, which is checked by every rule again}
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
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
