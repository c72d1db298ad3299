package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The full prescription of one exercise in a protocol (FITT-VP): the hold, repetitions and sets,
 * the sides and their order, rests, frequency, programme length and intensity. Immutable and
 * thread-safe.
 *
 * <p>Defaults: one repetition per side, one set, both sides at once. Rules: sets at least 1; rests
 * not negative; the programme length at least one week; a first side only for one-sided
 * exercises; the notes, when given, not blank.
 */
@Value.Immutable
public abstract class Dosage {
  Dosage() {}

  /** {@return how long each repetition's position is held, when it is held} */
  public abstract Optional<Hold> hold();

  /** {@return how many repetitions; exactly one per side unless set} */
  @Value.Default
  public Repetitions repetitions() {
    return Repetitions.exactly(1);
  }

  /** {@return how many sets of the repetitions; 1 unless set} */
  @Value.Default
  public int sets() {
    return 1;
  }

  /** {@return how the sides are worked; both at once unless set} */
  @Value.Default
  public SideOrder sideOrder() {
    return SideOrder.BOTH_AT_ONCE;
  }

  /** {@return the side to start with, for a one-sided exercise that names one} */
  public abstract Optional<Side> firstSide();

  /** {@return the rest between repetitions, in seconds} */
  public abstract OptionalInt restSeconds();

  /** {@return the rest between sets, in seconds} */
  public abstract OptionalInt restBetweenSetsSeconds();

  /** {@return how often the exercise is done} */
  public abstract Optional<Frequency> frequency();

  /** {@return how many weeks the programme runs} */
  public abstract OptionalInt programmeWeeks();

  /** {@return how hard it should feel} */
  public abstract Optional<Intensity> intensity();

  /** {@return the source's own words for the dosage, such as "Repeat this two to four times"} */
  public abstract Optional<String> notes();

  /** {@return the number of sides worked one after the other: 2 for one-sided exercises, else 1} */
  public int sideCount() {
    return sideOrder().isOneSided() ? 2 : 1;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dosage}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableDosage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("dosage");
    c.atLeast("sets", sets(), 1);
    restSeconds().ifPresent(r -> c.notNegative("restSeconds", r));
    restBetweenSetsSeconds().ifPresent(r -> c.notNegative("restBetweenSetsSeconds", r));
    programmeWeeks().ifPresent(w -> c.positive("programmeWeeks", w));
    c.require(
        firstSide().isEmpty() || sideOrder().isOneSided(),
        "firstSide",
        "only a one-sided exercise has a first side; side order is both_at_once");
    notes().ifPresent(n -> c.notBlank("notes", n));
    c.throwIfAny();
  }
}
