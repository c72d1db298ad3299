package dev.regimen.core.dosage;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.validation.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The full prescription of one exercise in a protocol (FITT-VP): how much of it a set holds
 * (repetitions, a duration, a distance, or as many as the person can), the hold, the sets, the
 * sides and their order, rests, frequency, programme length, intensity, load, effort and tempo.
 * Immutable and thread-safe.
 *
 * <p><b>Not specified is a state of its own.</b> A dosage that gives neither repetitions, a
 * duration, a distance nor "as many as you can" does not say how much to do ({@link
 * #amountGiven()} is false): sheets say that the source gives no number and to ask a clinician,
 * rather than print a default as if it were prescribed. A timed plan then plays one repetition and
 * says so. The other defaults are harmless and always true of a prescription that does not mention
 * them: one set, both sides at once.
 *
 * <p><b>Holds.</b> When both the dosage and a step of the exercise give a hold, the dosage's hold
 * wins: it is the prescription, and the step marks where in the movement it is held. See {@link
 * dev.regimen.core.session.SessionPlan}.
 *
 * <p>Rules (all reported at once): at most one of repetitions, duration and distance; "as many as
 * you can" not together with repetitions or a distance; a hold not together with a duration (a
 * hold is per repetition, a duration is for the whole set); sets from 1 to {@value #MAX_SETS};
 * rests from 0 to {@value #MAX_REST_SECONDS} seconds; the programme from 1 to {@value
 * #MAX_PROGRAMME_WEEKS} weeks; a tempo only with repetitions or "as many as you can"; a first side
 * only for one-sided exercises; the notes, when given, not blank. The values held have their own
 * rules and limits ({@link Repetitions#MAX}, {@link Hold#MAX_SECONDS}, {@link
 * TimeRange#MAX_SECONDS}, ...), so that no accepted dosage asks for unbounded work.
 */
@Value.Immutable
public abstract class Dosage {
  /** The most sets, {@value}. */
  public static final int MAX_SETS = 100;

  /** The longest rest, {@value} seconds (an hour). */
  public static final int MAX_REST_SECONDS = 3_600;

  /** The longest programme, {@value} weeks (ten years). */
  public static final int MAX_PROGRAMME_WEEKS = 520;

  Dosage() {}

  /** {@return how many repetitions a set holds, when the prescription counts them} */
  public abstract Optional<Repetitions> repetitions();

  /** {@return how long a set goes on, when the prescription is timed ("walk for 30 minutes")} */
  public abstract Optional<TimeRange> duration();

  /** {@return how far a set goes, when the prescription is a distance ("walk 2 kilometres")} */
  public abstract Optional<Distance> distance();

  /**
   * {@return whether the person does as many repetitions as they can ("until failure", "as many
   * as you can in 60 seconds" with a {@link #duration()})}
   */
  @Value.Default
  public boolean asManyAsPossible() {
    return false;
  }

  /** {@return how long each repetition's position is held, when it is held} */
  public abstract Optional<Hold> hold();

  /** {@return how many sets, exactly or a range; 1 unless set} */
  @Value.Default
  public Range sets() {
    return Range.of(1);
  }

  /** {@return how the sides are worked; both at once unless set} */
  @Value.Default
  public SideOrder sideOrder() {
    return SideOrder.BOTH_AT_ONCE;
  }

  /** {@return the side to start with, for a one-sided exercise that names one} */
  public abstract Optional<Side> firstSide();

  /** {@return the rest between repetitions in seconds, exactly or a range} */
  public abstract Optional<Range> restSeconds();

  /** {@return the rest between sets in seconds, exactly or a range} */
  public abstract Optional<Range> restBetweenSetsSeconds();

  /** {@return how often the exercise is done} */
  public abstract Optional<Frequency> frequency();

  /** {@return how many weeks the programme runs} */
  public abstract OptionalInt programmeWeeks();

  /** {@return how hard it should feel, in words} */
  public abstract Optional<Intensity> intensity();

  /** {@return the resistance to work against} */
  public abstract Optional<Load> load();

  /** {@return how hard a set should feel, on a scale (RPE, repetitions in reserve)} */
  public abstract Optional<Effort> effort();

  /** {@return the speed of a repetition, such as 3-1-1-0} */
  public abstract Optional<Tempo> tempo();

  /** {@return the source's own words for the dosage, such as "Repeat this two to four times"} */
  public abstract Optional<String> notes();

  /**
   * {@return whether the dosage says how much a set holds: repetitions, a duration, a distance or
   * as many as possible; when false, the amount is not specified}
   */
  public boolean amountGiven() {
    return repetitions().isPresent()
        || duration().isPresent()
        || distance().isPresent()
        || asManyAsPossible();
  }

  /** {@return the number of sides worked one after the other: 2 for one-sided exercises, else 1} */
  public int sideCount() {
    return sideOrder().isOneSided() ? 2 : 1;
  }

  /** {@return a dosage that says nothing of how much: "not specified"} */
  public static Dosage notSpecified() {
    return builder().build();
  }

  /**
   * A dosage of {@code repetitions} per set, and nothing else.
   *
   * @param repetitions the repetitions
   * @return the dosage
   * @throws NullPointerException if {@code repetitions} is null
   */
  public static Dosage ofRepetitions(Repetitions repetitions) {
    return builder().repetitions(repetitions).build();
  }

  /**
   * A dosage of one timed set, and nothing else: "walk for 30 minutes".
   *
   * @param duration how long
   * @return the dosage
   * @throws NullPointerException if {@code duration} is null
   */
  public static Dosage ofDuration(TimeRange duration) {
    return builder().duration(duration).build();
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

  /** Builds a {@link Dosage}; {@code build()} throws {@link ValidationException} on a broken rule. */
  public static final class Builder extends ImmutableDosage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("dosage");
    int measures =
        (repetitions().isPresent() ? 1 : 0)
            + (duration().isPresent() ? 1 : 0)
            + (distance().isPresent() ? 1 : 0);
    c.require(
        measures <= 1,
        "",
        "gives a set as repetitions, a duration or a distance: only one of them");
    if (asManyAsPossible()) {
      c.require(
          repetitions().isEmpty(),
          "asManyAsPossible",
          "leaves the count open; it cannot go with repetitions");
      c.require(
          distance().isEmpty(),
          "asManyAsPossible",
          "counts repetitions; it cannot go with a distance");
    }
    c.require(
        hold().isEmpty() || duration().isEmpty(),
        "hold",
        "is held in each repetition; a duration is for the whole set: give one of them");
    c.between("sets.min", sets().min(), 1, MAX_SETS);
    c.atMost("sets.max", sets().max(), MAX_SETS);
    restSeconds().ifPresent(r -> c.atMost("restSeconds.max", r.max(), MAX_REST_SECONDS));
    restBetweenSetsSeconds()
        .ifPresent(r -> c.atMost("restBetweenSetsSeconds.max", r.max(), MAX_REST_SECONDS));
    programmeWeeks().ifPresent(w -> c.between("programmeWeeks", w, 1, MAX_PROGRAMME_WEEKS));
    c.require(
        tempo().isEmpty() || repetitions().isPresent() || asManyAsPossible(),
        "tempo",
        "paces repetitions; it needs repetitions or as many as possible");
    c.require(
        firstSide().isEmpty() || sideOrder().isOneSided(),
        "firstSide",
        "only a one-sided exercise has a first side; side order is both_at_once");
    notes().ifPresent(n -> c.notBlank("notes", n));
    c.throwIfAny();
  }
}
