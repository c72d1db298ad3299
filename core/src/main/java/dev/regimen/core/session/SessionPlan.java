package dev.regimen.core.session;

import dev.regimen.core.internal.Checks;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A protocol expanded into the ordered, timed sequence of {@link Cue}s a timer or coaching app
 * plays, with the session's total duration as a range. Immutable and thread-safe.
 *
 * <pre>{@code
 * SessionPlan plan = SessionPlan.of(Catalog.l5s1Relief());
 * for (Cue cue : plan.cues()) { ... }
 * plan.minDuration();  // fewest repetitions, shortest holds
 * plan.maxDuration();  // most repetitions, longest holds
 * }</pre>
 *
 * <h2>How a protocol is expanded</h2>
 *
 * <ol>
 *   <li>A {@link CueKind#LEAD_IN} of {@link PlanOptions#leadInSeconds()} names the first exercise
 *       and, when it has one, its starting position. Before each later exercise, a {@link
 *       CueKind#NEXT_EXERCISE} of {@link PlanOptions#restBetweenExercisesSeconds()} names it.
 *   <li><b>Phases.</b> Each step is played as often as its {@linkplain
 *       dev.regimen.core.exercise.StepPhase phase} says: the {@code SETUP} steps once, before the
 *       first set; the {@code SIDE_SETUP} steps each time the work moves to a side (at the start of
 *       each set and at each change of side), or once after the set-up for an exercise done with
 *       both sides at once; the {@code REPETITION} steps in every repetition; the {@code
 *       SWITCH_SIDES} steps where the plan switches from the first side to the other, before the
 *       pause to switch; the {@code FINISH} steps once, after the last set. Every step is a {@link
 *       CueKind#STEP}. The movement of one repetition lasts the dosage's tempo (exact), or else
 *       {@link PlanOptions#secondsPerRepetition()} (open), shared out over the repetition's steps
 *       in whole seconds, the last step taking what does not divide; any other step is open,
 *       counted as {@link PlanOptions#secondsPerStep()}.
 *   <li>Each exercise is played set by set, up to the most sets; each set is a sequence of
 *       repetitions, each on one side or, for {@link
 *       dev.regimen.core.dosage.SideOrder#BOTH_AT_ONCE}, on none. With the repetitions counted per
 *       side: {@link dev.regimen.core.dosage.SideOrder#ONE_SIDE_THEN_OTHER} plays every repetition
 *       on the first side, then every one on the other; {@link
 *       dev.regimen.core.dosage.SideOrder#ALTERNATING} plays repetition 1 on the first side,
 *       repetition 1 on the other, repetition 2 on the first side, and so on. With the repetitions
 *       counted in total ({@link dev.regimen.core.dosage.RepetitionBasis#TOTAL}) they are shared
 *       out: one side then the other gives the first side the larger half; alternating changes side
 *       at every repetition. The first side is the dosage's {@link
 *       dev.regimen.core.dosage.Dosage#firstSide()}, else {@link PlanOptions#firstSide()}.
 *       Steps are written for the first side ("extend your right leg"): on the other side each
 *       step is mirrored, every "left" said as "right" and every "right" as "left" (in the same
 *       case), so the cue matches the side being worked.
 *   <li><b>Sets that are not repetitions.</b> A set given as a duration, a distance or "as many as
 *       you can" plays its repetition steps once, then a {@link CueKind#WORK} cue: the duration
 *       (exact, a range, or open from a lower bound), the distance at {@link
 *       PlanOptions#secondsPerKilometre()} (open), or, for "as many as you can" without a time,
 *       {@link PlanOptions#secondsPerOpenSet()} (open); one per side when the sides are worked one
 *       after the other, one in all otherwise. A dosage that does not say how much ({@link
 *       dev.regimen.core.dosage.Dosage#amountGiven()} false) is played as one repetition (on each
 *       side, for a one-sided exercise).
 *   <li><b>Holds.</b> A step that carries a hold is followed by a {@link CueKind#HOLD} cue. For a
 *       repetition step the hold played is the entry's dosage hold when it has one (the
 *       prescription wins; the step says where in the movement it is held) and else the step's
 *       own; a step of another phase plays its own hold. When no repetition step carries a hold but
 *       the dosage has one, the hold cue follows the repetition's last step. A hold lasts its
 *       seconds (exact, a range, or open from a lower bound); a hold given in breaths only is open,
 *       counted as its breaths times {@link PlanOptions#secondsPerBreath()}; a hold given only in
 *       words is open, counted as {@link PlanOptions#assumedHoldSeconds()}.
 *   <li><b>Between repetitions of a set.</b> Where the person moves from the first side to the
 *       other, a {@link CueKind#SWITCH_SIDES} pause of {@link PlanOptions#switchSidesSeconds()};
 *       everywhere else (the same side again, no sides, or back to the first side for the next
 *       alternating repetition) a {@link CueKind#REST} of the dosage's {@link
 *       dev.regimen.core.dosage.Dosage#restSeconds()} (exact or a range), else, when a repetition
 *       holds a position, {@link PlanOptions#restBetweenRepetitionsSeconds()}; repetitions that
 *       only move follow one another. Between sets, a {@link CueKind#REST} of the
 *       dosage's {@link dev.regimen.core.dosage.Dosage#restBetweenSetsSeconds()}, else {@link
 *       PlanOptions#restBetweenSetsSeconds()}. A rest of zero seconds is left out; a lead-in, a
 *       next-exercise cue and a side switch are kept even at zero seconds, for what they announce.
 *   <li><b>Ranges.</b> The cues are those of the most sets and the most repetitions; the cues of
 *       sets and repetitions beyond the fewest, and the rests and pauses leading into them, are
 *       {@linkplain Cue#optional() optional}. So {@link #minSeconds()}, the sum of the cues' {@link
 *       Cue#minSeconds()}, is the session with the fewest sets and repetitions and the shortest
 *       holds, and {@link #maxSeconds()}, the sum of their {@link Cue#maxSeconds()}, the one with
 *       the most and the longest; open cues count by the options' assumptions.
 *   <li><b>Bounded.</b> A plan has at most {@link PlanOptions#maxCues()} cues: expanding a
 *       protocol that needs more stops with a {@link ValidationException} as soon as the limit is
 *       reached, naming the entry.
 * </ol>
 *
 * <p>Rules: the protocol id a lowercase slug and the name not blank; at least one cue, the first
 * the one {@link CueKind#LEAD_IN}.
 */
@Value.Immutable
public abstract class SessionPlan {
  SessionPlan() {}

  /** {@return the id of the protocol the plan plays} */
  public abstract String protocolId();

  /** {@return the name of the protocol the plan plays} */
  public abstract String protocolName();

  /** {@return the assumptions the plan was made with} */
  public abstract PlanOptions options();

  /** {@return the cues, in the order they are played} */
  public abstract List<Cue> cues();

  /**
   * {@return the shortest session in seconds: the sum of the cues' {@link Cue#minSeconds()} (fewest
   * repetitions, shortest holds, open cues as assumed)}
   */
  public long minSeconds() {
    return cues().stream().mapToLong(Cue::minSeconds).sum();
  }

  /**
   * {@return the longest session in seconds: the sum of the cues' {@link Cue#maxSeconds()} (most
   * repetitions, longest holds, open cues as assumed)}
   */
  public long maxSeconds() {
    return cues().stream().mapToLong(Cue::maxSeconds).sum();
  }

  /** {@return {@link #minSeconds()} as a duration} */
  public Duration minDuration() {
    return Duration.ofSeconds(minSeconds());
  }

  /** {@return {@link #maxSeconds()} as a duration} */
  public Duration maxDuration() {
    return Duration.ofSeconds(maxSeconds());
  }

  /** {@return whether some cue is open, so that the totals rest on the options' assumptions} */
  public boolean hasOpenCues() {
    return cues().stream().anyMatch(c -> c.duration().open());
  }

  /**
   * The cues of one kind.
   *
   * @param kind the kind
   * @return the cues of that kind, in order; unmodifiable
   */
  public List<Cue> cues(CueKind kind) {
    Objects.requireNonNull(kind, "kind");
    return cues().stream().filter(c -> c.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The cues of one protocol entry, its lead-in or next-exercise cue included.
   *
   * @param entryIndex the entry's index, from 0
   * @return the entry's cues, in order; unmodifiable, empty when there is no such entry
   */
  public List<Cue> cuesOfEntry(int entryIndex) {
    return cues().stream()
        .filter(c -> c.position().entryIndex() == entryIndex)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Expands a protocol with the default {@link PlanOptions}.
   *
   * @param protocol the protocol
   * @return the plan
   * @throws NullPointerException if {@code protocol} is null
   * @throws ValidationException if the plan would have more than {@link PlanOptions#maxCues()}
   *     cues
   */
  public static SessionPlan of(Protocol protocol) {
    return of(protocol, PlanOptions.defaults());
  }

  /**
   * Expands a protocol, as the class description says.
   *
   * @param protocol the protocol
   * @param options the assumptions for what has no time of its own
   * @return the plan
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if the plan would have more than {@link PlanOptions#maxCues()}
   *     cues
   * @throws ArithmeticException if a duration does not fit in an {@code int} of seconds (only with
   *     options of extreme seconds per breath or per kilometre)
   */
  public static SessionPlan of(Protocol protocol, PlanOptions options) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(options, "options");
    return builder()
        .protocolId(protocol.id())
        .protocolName(protocol.name())
        .options(options)
        .cues(Expansion.cues(protocol, options))
        .build();
  }

  /**
   * {@return how long one session of a protocol takes with the default options, without making
   * its plan} As {@link #length(Protocol, PlanOptions)}.
   *
   * @param protocol the protocol
   * @throws NullPointerException if the protocol is null
   * @throws ValidationException if the plan would have more than {@link PlanOptions#maxCues()}
   *     cues
   */
  public static SessionLength length(Protocol protocol) {
    return length(protocol, PlanOptions.defaults());
  }

  /**
   * {@return how long one session of a protocol takes, without making its plan: the totals and the
   * number of cues that {@link #of(Protocol, PlanOptions)} gives, and the options they rest on}
   * It follows the same rules and stops at the same limit, but makes no cue, so that stating a
   * session's length costs a fraction of planning it.
   *
   * @param protocol the protocol
   * @param options the assumptions for what has no time of its own
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if the plan would have more than {@link PlanOptions#maxCues()}
   *     cues
   * @throws ArithmeticException if a time overflows an {@code int}, as the plan's would
   */
  public static SessionLength length(Protocol protocol, PlanOptions options) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(options, "options");
    return Expansion.length(protocol, options);
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

  /**
   * Builds a {@link SessionPlan}; {@code build()} throws {@link ValidationException} listing every
   * broken rule.
   */
  public static final class Builder extends ImmutableSessionPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.of("session plan");
    c.slug("protocolId", protocolId());
    c.notBlank("protocolName", protocolName());
    if (cues().isEmpty()) {
      c.fail("cues", "must have at least one cue");
    } else {
      c.require(
          cues().get(0).kind() == CueKind.LEAD_IN,
          "cues[0].kind",
          "must be LEAD_IN, was " + cues().get(0).kind());
      for (int i = 1; i < cues().size(); i++) {
        if (cues().get(i).kind() == CueKind.LEAD_IN) {
          // the path is built only when the rule breaks: a plan may hold 100 000s of cues
          c.fail("cues[" + i + "].kind", "only the first cue is a LEAD_IN");
        }
      }
    }
    c.throwIfAny();
  }
}
