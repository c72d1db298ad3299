package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How long a session takes, in the sheets' words: the estimate a protocol sheet states (the
 * length of {@link SessionPlan#of(Protocol)} with the default {@link PlanOptions}), the
 * assumptions it rests on, and times of day on a timer script. Stateless.
 *
 * <p>A protocol sheet states one sentence of the plan, so it does not build the plan: {@link
 * #estimate(Protocol)} walks the protocol by the rules {@link SessionPlan} describes, adding up
 * the cues' seconds and noting which assumptions they use, without making a cue (building every
 * cue, with its words and its checks, took longer than all the rest of the sheet). The walk gives
 * what the plan gives, number for number: {@code SessionTimeTest} compares the two on generated
 * protocols.
 */
final class SessionTime {
  /**
   * The most cues a protocol sheet expands a protocol into to state its time: far beyond any
   * routine a person follows, and small enough that a protocol asking for a million repetitions
   * still renders at once (its sheet then states no time).
   */
  static final long MAX_CUES = 100_000;

  /** The sides of a bout: none, the first side, the other side. */
  private static final int NONE = 0;
  private static final int FIRST = 1;
  private static final int OTHER = 2;

  private SessionTime() {}

  /**
   * {@return the plan of one session of a protocol with the default options; empty when the
   * protocol asks for so many repetitions that the plan would exceed {@link #MAX_CUES} cues or its
   * seconds an {@code int}} The protocol sheet states {@link #estimate(Protocol)}, this plan's
   * length, which is empty exactly when this is.
   */
  static Optional<SessionPlan> plan(Protocol protocol) {
    if (!plannable(protocol)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SessionPlan.of(protocol));
    } catch (ArithmeticException | ValidationException e) {
      return Optional.empty(); // too long to state: the sheet says nothing of the time
    }
  }

  /**
   * {@return the length of {@link #plan(Protocol)} and the assumptions its cues use, worked out
   * without building it; empty exactly when the plan is}
   */
  static Optional<Estimate> estimate(Protocol protocol) {
    if (!plannable(protocol)) {
      return Optional.empty();
    }
    PlanOptions options = PlanOptions.defaults();
    Walk walk = new Walk(options);
    try {
      List<ProtocolEntry> entries = protocol.entries();
      for (int i = 0; i < entries.size(); i++) {
        walk.entry(i, entries.get(i));
      }
    } catch (ArithmeticException e) {
      return Optional.empty(); // as the plan: a time that does not fit an int of seconds
    }
    if (walk.cues > options.maxCues()) {
      return Optional.empty(); // as the plan, which stops at its limit of cues
    }
    return Optional.of(walk.estimate());
  }

  /** {@return whether a rough count of a protocol's cues, at least their number, is within {@link #MAX_CUES}} */
  private static boolean plannable(Protocol protocol) {
    long cues = 1;
    for (ProtocolEntry entry : protocol.entries()) {
      Dosage d = entry.dosage();
      long perRepetition = entry.exercise().steps().size() + 3L;
      int repetitions = d.repetitions().map(r -> r.max()).orElse(1);
      cues += 1 + (long) d.sets().max() * 2L * repetitions * perRepetition;
      if (cues > MAX_CUES) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of a session plan and which of its options' assumptions its cues use: what a
   * protocol sheet says of the plan.
   *
   * @param options the options the plan is made with
   * @param minSeconds the plan's {@link SessionPlan#minSeconds()}
   * @param maxSeconds the plan's {@link SessionPlan#maxSeconds()}
   * @param movement whether a repetition step is timed by the options, for want of a tempo
   * @param steps whether a step is done once, once a side or to switch sides (timed by the options)
   * @param single whether a dosage gives no amount, and is played as one repetition
   * @param breaths whether a hold cue's hold is given in breaths only
   * @param words whether a hold cue's hold is given only in words
   * @param minimum whether a hold or a work cue gives only a minimum time
   * @param openSets whether a work cue is a set of as many as you can, without a time
   * @param distances whether a work cue is a distance
   * @param repetitionRests whether a rest within a set is the options' (the dosage gives none)
   * @param setRests whether a rest that starts a set is the options' (the dosage gives none)
   * @param switchesSides whether the plan has a {@link CueKind#SWITCH_SIDES} cue
   * @param changesExercise whether the plan has a {@link CueKind#NEXT_EXERCISE} cue
   */
  record Estimate(
      PlanOptions options,
      long minSeconds,
      long maxSeconds,
      boolean movement,
      boolean steps,
      boolean single,
      boolean breaths,
      boolean words,
      boolean minimum,
      boolean openSets,
      boolean distances,
      boolean repetitionRests,
      boolean setRests,
      boolean switchesSides,
      boolean changesExercise) {}

  /**
   * What a run of cues the plan plays together adds: the steps of one phase with their holds, or
   * one bout (a repetition's steps and holds, and the work of a set that is not repetitions).
   */
  private static final class Part {
    long minSeconds;
    long maxSeconds;
    int cues;
    boolean breaths;
    boolean words;
    boolean minimum;
    boolean openSets;
    boolean distances;

    void add(int min, int max) {
      minSeconds += min;
      maxSeconds += max;
      cues++;
    }
  }

  /**
   * Walks a protocol as {@code Expansion} (core's) expands it into cues, keeping only what each
   * cue adds to the totals and to the assumptions. Each step below names the cues it stands for.
   */
  private static final class Walk {
    private final PlanOptions o;
    long cues;
    private long minSeconds;
    private long maxSeconds;
    /** The set of the last cue, 0 when it stands in none: a rest in the same set is between repetitions. */
    private int lastSet;
    private boolean breaths;
    private boolean words;
    private boolean minimum;
    private boolean openSets;
    private boolean distances;
    private boolean repetitionRests;
    private boolean setRests;
    private boolean switchesSides;
    private boolean changesExercise;
    private boolean movement;
    private boolean steps;
    private boolean single;

    Walk(PlanOptions o) {
      this.o = o;
    }

    Estimate estimate() {
      return new Estimate(o, minSeconds, maxSeconds, movement, steps, single, breaths, words, minimum,
          openSets, distances, repetitionRests, setRests, switchesSides, changesExercise);
    }

    void entry(int index, ProtocolEntry entry) {
      Exercise exercise = entry.exercise();
      Dosage d = entry.dosage();
      // The lead-in, or the next exercise's cue: exact, never optional, in no set.
      if (index == 0) {
        cue(o.leadInSeconds(), o.leadInSeconds(), false, 0);
      } else {
        cue(o.restBetweenExercisesSeconds(), o.restBetweenExercisesSeconds(), false, 0);
        changesExercise = true;
      }

      // The script: each phase's steps with their holds, the same on every side.
      Part setup = new Part();
      Part sideSetup = new Part();
      Part bout = new Part();
      Part switchSides = new Part();
      Part finish = new Part();
      int moving = 0;
      for (Step step : exercise.steps()) {
        moving += step.phase() == StepPhase.REPETITION ? 1 : 0;
      }
      int repetition = d.tempo().isPresent() ? d.tempo().get().secondsPerRepetition() : o.secondsPerRepetition();
      int each = moving == 0 ? 0 : repetition / moving;
      int r = 0;
      boolean stepHolds = false;
      single |= !d.amountGiven();
      for (Step step : exercise.steps()) {
        boolean repeated = step.phase() == StepPhase.REPETITION;
        if (repeated) {
          movement |= d.tempo().isEmpty();
        } else {
          steps |= step.phase() != StepPhase.SWITCH_SIDES || d.sideOrder().isOneSided();
        }
        Part part = part(step.phase(), setup, sideSetup, bout, switchSides, finish);
        int seconds = !repeated ? o.secondsPerStep() : ++r == moving ? repetition - each * (moving - 1) : each;
        part.add(seconds, seconds);
        if (step.hold().isPresent()) {
          stepHolds |= repeated;
          hold(repeated && d.hold().isPresent() ? d.hold().get() : step.hold().get(), part);
        }
      }
      boolean dosageHold = !stepHolds && d.hold().isPresent();
      if (dosageHold) {
        hold(d.hold().get(), bout);
      }
      work(d, bout);
      boolean holds = stepHolds || dosageHold;

      boolean oneSided = d.sideOrder().isOneSided();
      play(setup, false, 0);
      if (!oneSided) {
        play(sideSetup, false, 0);
      }
      int[] bouts = bouts(d);
      int count = bouts.length / 3;
      Range sets = d.sets();
      for (int set = 1; set <= sets.max(); set++) {
        boolean optionalSet = set > sets.min();
        for (int b = 0; b < count; b++) {
          int side = bouts[3 * b];
          boolean optional = optionalSet || bouts[3 * b + 1] > bouts[3 * b + 2];
          boolean newSide = b == 0 || bouts[3 * (b - 1)] != side;
          if (b == 0) {
            if (set > 1) {
              // The rest between sets, of the dosage or else of the options.
              Range rest = d.restBetweenSetsSeconds().orElse(Range.of(o.restBetweenSetsSeconds()));
              rest(rest, d, optionalSet, set);
            }
          } else if (bouts[3 * (b - 1)] == FIRST && side == OTHER) {
            // The steps of switching sides, then the switch itself.
            play(switchSides, optional, set);
            cue(o.switchSidesSeconds(), o.switchSidesSeconds(), optional, set);
            switchesSides = true;
          } else {
            // A rest between repetitions: the dosage's, else the options' after a hold, else none.
            Range rest = d.restSeconds().orElse(Range.of(holds ? o.restBetweenRepetitionsSeconds() : 0));
            rest(rest, d, optional, set);
          }
          if (newSide && oneSided) {
            play(sideSetup, optional, set);
          }
          play(bout, optional, set);
        }
      }
      play(finish, false, 0);
    }

    private static Part part(StepPhase phase, Part setup, Part sideSetup, Part bout, Part switchSides, Part finish) {
      switch (phase) {
        case SETUP:
          return setup;
        case SIDE_SETUP:
          return sideSetup;
        case SWITCH_SIDES:
          return switchSides;
        case FINISH:
          return finish;
        case REPETITION:
        default:
          return bout;
      }
    }

    /** A hold cue: its seconds; else its breaths at the options' seconds a breath; else the assumed hold. */
    private void hold(Hold h, Part part) {
      if (h.seconds().isPresent()) {
        int min = h.seconds().getAsInt();
        part.add(min, h.orMore() ? min : h.maxSeconds().orElse(min));
      } else if (h.breaths().isPresent()) {
        int fewest = h.breaths().getAsInt();
        part.add(Math.multiplyExact(fewest, o.secondsPerBreath()),
            Math.multiplyExact(h.maxBreaths().orElse(fewest), o.secondsPerBreath()));
      } else {
        part.add(o.assumedHoldSeconds(), o.assumedHoldSeconds());
      }
      part.breaths |= h.seconds().isEmpty() && h.breaths().isPresent();
      part.words |= !h.hasNumbers();
      part.minimum |= h.orMore() && h.hasNumbers();
    }

    /** The work cue of a set that is a duration, a distance or as many as you can; none otherwise. */
    private void work(Dosage d, Part part) {
      if (d.duration().isPresent()) {
        TimeRange time = d.duration().get();
        int min = time.seconds();
        part.add(min, time.orMore() ? min : time.maxSeconds().orElse(min));
        part.minimum |= time.orMore();
      } else if (d.distance().isPresent()) {
        Distance distance = d.distance().get();
        part.add(seconds(distance, distance.amount()),
            seconds(distance, distance.maxAmount().orElse(distance.amount())));
        part.distances = true;
      } else if (d.asManyAsPossible()) {
        part.add(o.secondsPerOpenSet(), o.secondsPerOpenSet());
        part.openSets = true;
      }
    }

    /** The assumed time to cover a distance, rounded up to a second, as the plan counts it. */
    private int seconds(Distance distance, int amount) {
      double metres;
      switch (distance.unit()) {
        case KILOMETRES:
          metres = amount * 1000.0;
          break;
        case MILES:
          metres = amount * 1609.344;
          break;
        case YARDS:
          metres = amount * 0.9144;
          break;
        case METRES:
        default:
          metres = amount;
          break;
      }
      double seconds = Math.ceil(metres / 1000.0 * o.secondsPerKilometre());
      if (seconds > Integer.MAX_VALUE) {
        throw new ArithmeticException("a distance's time does not fit in an int of seconds");
      }
      return (int) seconds;
    }

    /** A rest cue, left out at zero seconds; between repetitions when the cue before is in its set. */
    private void rest(Range rest, Dosage d, boolean optional, int set) {
      if (rest.max() <= 0) {
        return;
      }
      if (lastSet == set) {
        repetitionRests |= d.restSeconds().isEmpty();
      } else {
        setRests |= d.restBetweenSetsSeconds().isEmpty();
      }
      cue(rest.min(), rest.max(), optional, set);
    }

    private void cue(int min, int max, boolean optional, int set) {
      minSeconds += optional ? 0 : min;
      maxSeconds += max;
      cues++;
      lastSet = set;
    }

    private void play(Part part, boolean optional, int set) {
      if (part.cues == 0) {
        return;
      }
      minSeconds += optional ? 0 : part.minSeconds;
      maxSeconds += part.maxSeconds;
      cues += part.cues;
      lastSet = set;
      breaths |= part.breaths;
      words |= part.words;
      minimum |= part.minimum;
      openSets |= part.openSets;
      distances |= part.distances;
    }
  }

  /**
   * {@return the bouts of one set, in the order they are played, three numbers each: the side
   * ({@link #NONE}, {@link #FIRST}, {@link #OTHER}), the repetition, and the fewest repetitions
   * (a bout beyond them is optional)} The repetitions, or for a timed, distance or open set one
   * bout per side worked one after the other (one in all otherwise); a dosage that does not say
   * how much is played as one repetition.
   */
  private static int[] bouts(Dosage d) {
    if (d.repetitions().isEmpty()) {
      if (d.sideOrder().isOneSided()
          && (d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER || !d.amountGiven())) {
        return new int[] {FIRST, 1, 1, OTHER, 1, 1};
      }
      return new int[] {NONE, 1, 1};
    }
    Repetitions reps = d.repetitions().get();
    int min = reps.min();
    int max = reps.max();
    boolean total = reps.basis() == RepetitionBasis.TOTAL;
    int[] bouts;
    int n = 0;
    switch (d.sideOrder()) {
      case ONE_SIDE_THEN_OTHER:
        if (total) {
          int firstMin = (min + 1) / 2;
          int firstMax = (max + 1) / 2;
          bouts = new int[3 * (firstMax + max / 2)];
          for (int k = 1; k <= firstMax; k++) {
            n = bout(bouts, n, FIRST, k, firstMin);
          }
          for (int k = 1; k <= max / 2; k++) {
            n = bout(bouts, n, OTHER, k, min / 2);
          }
        } else {
          bouts = new int[3 * 2 * max];
          for (int k = 1; k <= max; k++) {
            n = bout(bouts, n, FIRST, k, min);
          }
          for (int k = 1; k <= max; k++) {
            n = bout(bouts, n, OTHER, k, min);
          }
        }
        break;
      case ALTERNATING:
        if (total) {
          bouts = new int[3 * max];
          for (int k = 1; k <= max; k++) {
            n = bout(bouts, n, k % 2 == 1 ? FIRST : OTHER, k, min);
          }
        } else {
          bouts = new int[3 * 2 * max];
          for (int k = 1; k <= max; k++) {
            n = bout(bouts, n, FIRST, k, min);
            n = bout(bouts, n, OTHER, k, min);
          }
        }
        break;
      case BOTH_AT_ONCE:
      default:
        bouts = new int[3 * max];
        for (int k = 1; k <= max; k++) {
          n = bout(bouts, n, NONE, k, min);
        }
        break;
    }
    return bouts;
  }

  private static int bout(int[] bouts, int at, int side, int repetition, int fewest) {
    bouts[at] = side;
    bouts[at + 1] = repetition;
    bouts[at + 2] = fewest;
    return at + 3;
  }

  /**
   * Writes a range of seconds the way a person says a session's length: "about 40–95 seconds"
   * under two minutes, else "about 7–11 minutes", each end rounded to the nearest minute (at least
   * one), and one number when both ends come to it; in the wording's language ("unos 7–11
   * minutos"), the unit's plural chosen by the larger end.
   *
   * @return whether a range was written, not one number
   */
  static boolean approximately(long minSeconds, long maxSeconds, SheetWording say, SheetWriter w) {
    long min;
    long max;
    String unit;
    if (maxSeconds < 120) {
      min = minSeconds;
      max = maxSeconds;
      unit = "time.about.seconds";
    } else {
      min = Math.max(1, (minSeconds + 30) / 60);
      max = Math.max(1, (maxSeconds + 30) / 60);
      unit = "time.about.minutes";
    }
    long low = min;
    say.phrase(unit, max)
        .with("amount", out -> {
          if (low != max) {
            out.text(Long.toString(low));
            out.text(SheetComposer.RANGE);
          }
          out.text(Long.toString(max));
        })
        .write(w);
    return min != max;
  }

  /** {@return seconds as a clock reading: "0:05", "12:30", "1:02:03"} */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    StringBuilder b = new StringBuilder(8);
    if (h > 0) {
      b.append(h).append(':');
      if (m < 10) {
        b.append('0');
      }
    }
    b.append(m).append(':');
    if (s < 10) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  /**
   * Writes the sentence that states a protocol sheet's session time and what it assumes: only the
   * assumptions the plan of this protocol uses, such as "10 seconds to get ready, 4 seconds for
   * the movement of each repetition, 5 seconds for each other step and 15 seconds between
   * exercises".
   *
   * @param plan the {@linkplain #estimate(Protocol) estimate} of the protocol's plan
   */
  static void sentence(Estimate plan, SheetWriter w) {
    w.text("A session takes ");
    if (approximately(plan.minSeconds(), plan.maxSeconds(), SheetWording.ENGLISH, w)) {
      w.text(", from the fewest repetitions to the most");
    }
    w.text(". This is an estimate: it counts ");
    PlanOptions o = plan.options();
    List<Consumer<SheetWriter>> stated = new ArrayList<>(12);
    stated.add(seconds(o.leadInSeconds(), " to get ready"));
    if (plan.movement()) {
      stated.add(seconds(o.secondsPerRepetition(), " for the movement of each repetition"));
    }
    if (plan.steps()) {
      stated.add(seconds(o.secondsPerStep(), plan.movement()
          ? " for each other step"
          : " for each step of getting ready, switching sides or finishing"));
    }
    if (plan.breaths()) {
      stated.add(seconds(o.secondsPerBreath(), " for each breath of a hold"));
    }
    if (plan.words()) {
      stated.add(seconds(o.assumedHoldSeconds(), " for a hold given only in words"));
    }
    if (plan.openSets()) {
      stated.add(seconds(o.secondsPerOpenSet(), " for a set of as many as you can"));
    }
    if (plan.distances()) {
      stated.add(seconds(o.secondsPerKilometre(), " for each kilometre"));
    }
    if (plan.minimum()) {
      stated.add(out -> out.text("the minimum where only a minimum time is given"));
    }
    if (plan.repetitionRests()) {
      stated.add(rest(o.restBetweenRepetitionsSeconds(), " between repetitions"));
    }
    if (plan.setRests()) {
      stated.add(rest(o.restBetweenSetsSeconds(), " between sets"));
    }
    if (plan.switchesSides()) {
      stated.add(seconds(o.switchSidesSeconds(), " to switch sides"));
    }
    if (plan.changesExercise()) {
      stated.add(seconds(o.restBetweenExercisesSeconds(), " between exercises"));
    }
    if (plan.single()) {
      stated.add(out -> out.text("a single repetition where the routine gives no number"));
    }
    for (int i = 0; i < stated.size(); i++) {
      if (i > 0) {
        w.text(i == stated.size() - 1 ? " and " : ", ");
      }
      stated.get(i).accept(w);
    }
    w.text(".");
  }

  /** {@return an assumption of some time: "5 seconds for each step", "12 minutes for each kilometre"} */
  private static Consumer<SheetWriter> seconds(int seconds, String words) {
    return w -> {
      SheetComposer.duration(seconds, w);
      w.text(words);
    };
  }

  /** {@return an assumed rest: "5 seconds' rest between repetitions", "1 minute's rest ..."} */
  private static Consumer<SheetWriter> rest(int seconds, String words) {
    return w -> {
      SheetComposer.duration(seconds, w);
      w.text(seconds == 1 || seconds == 60 ? "'s rest" : "' rest");
      w.text(words);
    };
  }
}
