package dev.regimen.core.session;

import dev.regimen.core.dosage.Side;
import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a {@link Cue} stands in a session: the exercise (by its entry's index and its id), and,
 * inside the exercise, the set, the side and the repetition. Rests and pauses stand where the
 * repetition they lead into stands; lead-ins stand at the exercise they introduce, with no set,
 * side or repetition. Immutable and thread-safe.
 *
 * <p>A repetition is numbered against the counts it is part of, {@link #repetitionsMin()} to
 * {@link #repetitionsMax()}, shown as "repetition 3 of 2 to 4". Those are the dosage's
 * repetitions per side when they count per side, or for an exercise without sides; when a count in
 * total is worked one side then the other, each side numbers its own share (the first side the
 * larger half, rounded up); when a count in total alternates, the repetitions are numbered across
 * both sides.
 *
 * <p>Rules: the entry index not negative; the exercise id a lowercase slug; {@code sets} at least
 * 1 and a set from 1 to {@code sets}; the repetition, its minimum and its maximum given together,
 * the repetition from 1 to the maximum and the minimum from 0 to the maximum.
 */
@Value.Immutable
public abstract class CuePosition {
  CuePosition() {}

  /** {@return the index of the protocol entry, from 0} */
  public abstract int entryIndex();

  /** {@return the id of the entry's exercise} */
  public abstract String exerciseId();

  /** {@return the set, from 1, when the cue is inside one} */
  public abstract OptionalInt set();

  /** {@return how many sets the exercise has} */
  public abstract int sets();

  /** {@return the side, for a one-sided exercise} */
  public abstract Optional<Side> side();

  /** {@return the repetition, from 1, when the cue is inside one} */
  public abstract OptionalInt repetition();

  /** {@return the fewest repetitions the repetition counts towards, with the repetition} */
  public abstract OptionalInt repetitionsMin();

  /** {@return the most repetitions the repetition counts towards, with the repetition} */
  public abstract OptionalInt repetitionsMax();

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

  /**
   * Builds a {@link CuePosition}; {@code build()} throws {@link ValidationException} listing every
   * broken rule.
   */
  public static final class Builder extends ImmutableCuePosition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("position");
    c.notNegative("entryIndex", entryIndex());
    c.slug("exerciseId", exerciseId());
    c.positive("sets", sets());
    set().ifPresent(s -> c.between("set", s, 1, sets()));
    boolean any =
        repetition().isPresent() || repetitionsMin().isPresent() || repetitionsMax().isPresent();
    boolean all =
        repetition().isPresent() && repetitionsMin().isPresent() && repetitionsMax().isPresent();
    if (any && !all) {
      c.fail("repetition", "repetition, repetitionsMin and repetitionsMax go together");
    } else if (all) {
      int k = repetition().getAsInt();
      int min = repetitionsMin().getAsInt();
      int max = repetitionsMax().getAsInt();
      c.between("repetition", k, 1, max);
      c.between("repetitionsMin", min, 0, max);
    }
    c.throwIfAny();
  }
}
