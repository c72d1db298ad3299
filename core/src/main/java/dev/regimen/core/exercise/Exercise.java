package dev.regimen.core.exercise;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.source.Quote;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One exercise, described well enough to replicate it: its kind, starting position, equipment,
 * the areas it targets, its steps in order, what the person should feel, modifications,
 * progressions, contraindications and attributed quotes. How much of it to do is not part of the
 * exercise: a protocol pairs it with a {@link dev.regimen.core.dosage.Dosage}. Immutable and
 * thread-safe.
 *
 * <p>Rules (all reported at once): the id a lowercase slug; name and starting position not blank;
 * at least one step; equipment texts not blank.
 */
@Value.Immutable
public abstract class Exercise {
  Exercise() {}

  /** {@return the id, a lowercase slug such as "knee-to-chest-stretch"} */
  public abstract String id();

  /** {@return the name, such as "Knee-to-Chest Stretch"} */
  public abstract String name();

  /** {@return the kind} */
  public abstract ExerciseKind kind();

  /** {@return what the exercise is for, when the source says} */
  public abstract Optional<String> purpose();

  /** {@return the position to start from} */
  public abstract String startingPosition();

  /** {@return the equipment needed, such as "a chair"; empty when none} */
  public abstract List<String> equipment();

  /** {@return the body areas it targets} */
  public abstract List<BodyArea> targetAreas();

  /** {@return the steps, in order; never empty} */
  public abstract List<Step> steps();

  /** {@return what the person should feel, and where} */
  public abstract List<Sensation> sensations();

  /** {@return changes for when the exercise does not suit as it is} */
  public abstract List<Modification> modifications();

  /** {@return easier and harder variants} */
  public abstract List<Progression> progressions();

  /** {@return reasons not to do it, or to do it only with care} */
  public abstract List<Contraindication> contraindications();

  /** {@return what experts said about it} */
  public abstract List<Quote> quotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a short description for logs and debuggers, of bounded length: its id, its name (the
   * first 60 characters), its kind and how many steps it has, such as
   * {@code Exercise{id=knee-to-chest, name=Knee-to-chest stretch, kind=STRETCH, steps=4}}}
   */
  @Override
  public String toString() {
    return "Exercise{id=" + id() + ", name=" + Checks.abbreviate(name()) + ", kind=" + kind() + ", steps="
        + steps().size() + "}";
  }

  /** Builds an {@link Exercise}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableExercise.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("exercise");
    c.slug("id", id());
    c.notBlank("name", name());
    purpose().ifPresent(v -> c.notBlank("purpose", v));
    c.notBlank("startingPosition", startingPosition());
    c.noneBlank("equipment", equipment());
    c.require(!steps().isEmpty(), "steps", "must have at least one step");
    c.throwIfAny();
  }
}
