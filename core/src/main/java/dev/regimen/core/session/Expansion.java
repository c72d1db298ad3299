package dev.regimen.core.session;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands a protocol into cues, by the rules {@link SessionPlan} describes. One use per plan. */
final class Expansion {
  private static final Pattern SIDE_WORD =
      Pattern.compile("\\b(?:left|right|Left|Right|LEFT|RIGHT)\\b");

  private final PlanOptions options;
  private final CueDuration stepDuration;
  /**
   * Whether the expansion only adds the cues up ({@link #length}) instead of making them: it then
   * makes no cue, no position and no text, and follows the same rules.
   */
  private final boolean tally;
  private final List<Cue> cues = new ArrayList<>();
  private int count;
  private long minSeconds;
  private long maxSeconds;
  private final EnumSet<PlanAssumption> assumptions = EnumSet.of(PlanAssumption.LEAD_IN);
  private boolean atLeast;
  private int entryIndex;
  private String exerciseName = "";

  private Expansion(PlanOptions options, boolean tally) {
    this.options = options;
    this.stepDuration = CueDuration.open(options.secondsPerStep());
    this.tally = tally;
  }

  /** {@return the cues of one session of the protocol, in order} */
  static List<Cue> cues(Protocol protocol, PlanOptions options) {
    Expansion e = new Expansion(options, false);
    e.expand(protocol);
    return e.cues; // the plan's builder copies them
  }

  /** {@return how long one session of the protocol takes: its cues added up, none of them made} */
  static SessionLength length(Protocol protocol, PlanOptions options) {
    Expansion e = new Expansion(options, true);
    e.expand(protocol);
    return new SessionLength(e.minSeconds, e.maxSeconds, e.count, e.assumptions, e.atLeast);
  }

  /**
   * One pass of the repeated part of an exercise on one side (or on none): a repetition, or a
   * whole timed, distance or open set. Its number, the counts it is numbered against, and whether
   * it lies beyond the fewest.
   */
  private static final class Bout {
    final Optional<Side> side;
    final int repetition;
    final int min;
    final int max;

    Bout(Optional<Side> side, int repetition, int min, int max) {
      this.side = side;
      this.repetition = repetition;
      this.min = min;
      this.max = max;
    }

    boolean optional() {
      return repetition > min;
    }
  }

  private void expand(Protocol protocol) {
    List<ProtocolEntry> entries = protocol.entries();
    for (int i = 0; i < entries.size(); i++) {
      entryIndex = i;
      exerciseName = entries.get(i).exercise().name();
      entry(i, entries.get(i));
    }
  }

  private void entry(int index, ProtocolEntry entry) {
    Exercise exercise = entry.exercise();
    Dosage dosage = entry.dosage();
    Range sets = dosage.sets();
    // counting places no cue: it needs no position
    CuePosition at =
        tally
            ? null
            : CuePosition.builder()
                .entryIndex(index)
                .exerciseId(exercise.id())
                .sets(sets.max())
                .build();
    String introduction =
        tally ? "" : exercise.name() + "." + exercise.startingPosition().map(p -> " " + p).orElse("");
    if (index == 0) {
      add(
          CueKind.LEAD_IN,
          tally ? "" : "Get ready: " + introduction,
          CueDuration.exact(options.leadInSeconds()),
          at,
          false);
    } else {
      int rest = options.restBetweenExercisesSeconds();
      assumptions.add(PlanAssumption.REST_BETWEEN_EXERCISES);
      add(
          CueKind.NEXT_EXERCISE,
          tally ? "" : (rest > 0 ? restFor(rest) + " " : "") + "Next: " + introduction,
          CueDuration.exact(rest),
          at,
          false);
    }

    Side first = dosage.firstSide().orElse(options.firstSide());
    Script[] scripts = new Script[3]; // no side, the first side, the other side
    boolean oneSided = dosage.sideOrder().isOneSided();
    steps(script(scripts, exercise, dosage, Optional.empty(), first).setup, at, false);
    if (!oneSided) {
      steps(script(scripts, exercise, dosage, Optional.empty(), first).sideSetup, at, false);
    }

    List<Bout> bouts = boutsOfOneSet(dosage, first);
    for (int set = 1; set <= sets.max(); set++) {
      boolean optionalSet = set > sets.min();
      for (int b = 0; b < bouts.size(); b++) {
        Bout bout = bouts.get(b);
        boolean optional = optionalSet || bout.optional();
        CuePosition where = tally ? at : position(at, set, bout);
        Script script = script(scripts, exercise, dosage, bout.side, first);
        boolean newSide = b == 0 || !bouts.get(b - 1).side.equals(bout.side);
        if (b == 0) {
          if (set > 1) {
            Range rest = dosage.restBetweenSetsSeconds().orElse(Range.of(options.restBetweenSetsSeconds()));
            if (dosage.restBetweenSetsSeconds().isEmpty()) {
              assumptions.add(PlanAssumption.REST_BETWEEN_SETS); // even when it is 0: then no rest
            }
            if (rest.max() > 0) {
              add(
                  CueKind.REST,
                  tally
                      ? ""
                      : restFor(rest) + " Next: set " + set + " of " + setCount(sets)
                          + bout.side.map(s -> ", " + side(s)).orElse("") + ".",
                  CueDuration.between(rest.min(), rest.max()),
                  where,
                  optionalSet);
            }
          }
        } else if (bouts.get(b - 1).side.equals(Optional.of(first))
            && bout.side.equals(Optional.of(first.opposite()))) {
          // the steps of changing sides are played however many repetitions the first side got:
          // they stand with the switch itself, at the other side's first repetition, in the
          // protocol's own words (they belong to neither side)
          steps(script(scripts, exercise, dosage, Optional.empty(), first).switchSides, where, optional);
          assumptions.add(PlanAssumption.SWITCH_SIDES);
          add(
              CueKind.SWITCH_SIDES,
              tally ? "" : "Switch sides. Next: " + next(bout) + ".",
              CueDuration.exact(options.switchSidesSeconds()),
              where,
              optional);
        } else {
          // a repetition that holds a position is followed by a rest unless the dosage says
          // otherwise; repetitions that only move follow one another
          Range rest =
              dosage.restSeconds().orElse(Range.of(script.holds ? options.restBetweenRepetitionsSeconds() : 0));
          if (dosage.restSeconds().isEmpty() && script.holds) {
            assumptions.add(PlanAssumption.REST_BETWEEN_REPETITIONS); // even when it is 0: then no rest
          }
          if (rest.max() > 0) {
            add(
                CueKind.REST,
                tally ? "" : restFor(rest) + " Next: " + next(bout) + ".",
                CueDuration.between(rest.min(), rest.max()),
                where,
                optional);
          }
        }
        if (newSide && oneSided) {
          steps(script.sideSetup, where, optional);
        }
        bout(dosage, script, where, optional);
      }
    }
    steps(script(scripts, exercise, dosage, Optional.empty(), first).finish, at, false);
  }

  /**
   * What an exercise says on one side (or on none), phase by phase: the step texts and hold texts
   * are the same for every repetition, so they are made once per entry and side and shared by the
   * cues.
   */
  private final class Script {
    final List<Said> setup = new ArrayList<>();
    final List<Said> sideSetup = new ArrayList<>();
    final List<Said> repetition = new ArrayList<>();
    final List<Said> switchSides = new ArrayList<>();
    final List<Said> finish = new ArrayList<>();
    /** The dosage's hold after the repetition, when no step of it holds; null otherwise. */
    final Said dosageHold;
    /** The work cue of a timed, distance or open set; null for a set of repetitions. */
    final Said work;
    /** Whether a repetition holds a position (a step's hold or the dosage's). */
    final boolean holds;

    Script(Exercise exercise, Dosage dosage, Optional<Side> side, Side first) {
      String prefix = tally ? "" : side.map(s -> capitalise(side(s)) + ": ").orElse("");
      boolean mirrored = side.isPresent() && side.get() != first;
      boolean stepHolds = false;
      List<CueDuration> movement = movement(exercise, dosage);
      int r = 0;
      for (Step step : exercise.steps()) {
        String text = tally ? "" : prefix + (mirrored ? mirror(step.text()) : step.text());
        boolean repeated = step.phase() == StepPhase.REPETITION;
        Said said = new Said(text, repeated ? movement.get(r++) : stepDuration);
        said.assumed =
            !repeated ? PlanAssumption.SECONDS_PER_STEP
                : dosage.tempo().isEmpty() ? PlanAssumption.SECONDS_PER_REPETITION : null;
        if (step.hold().isPresent()) {
          stepHolds |= repeated;
          Hold hold = dosage.hold().filter(h -> repeated).orElse(step.hold().get());
          said.hold = hold;
          said.holdText = tally ? "" : holdText(hold, prefix);
          said.holdDuration = holdDuration(hold);
        }
        phase(step.phase()).add(said);
      }
      if (!stepHolds && dosage.hold().isPresent()) {
        Hold hold = dosage.hold().get();
        dosageHold = new Said(tally ? "" : holdText(hold, prefix), holdDuration(hold));
        dosageHold.hold = hold;
      } else {
        dosageHold = null;
      }
      work = work(dosage, prefix);
      holds = stepHolds || dosageHold != null;
    }

    private List<Said> phase(StepPhase phase) {
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
          return repetition;
      }
    }
  }

  /** One cue's words and time, made once per script; a step's hold with it, when it has one. */
  private static final class Said {
    final String text;
    final CueDuration duration;
    Hold hold;
    String holdText;
    CueDuration holdDuration;
    /** The option its time is assumed from, for a step; null when it has a time of its own. */
    PlanAssumption assumed;

    Said(String text, CueDuration duration) {
      this.text = text;
      this.duration = duration;
    }
  }

  /**
   * The durations of the repetition steps: one repetition's movement, the dosage's tempo (exact)
   * or else {@link PlanOptions#secondsPerRepetition()} (open), shared out over the steps, the last
   * taking what does not divide.
   */
  private List<CueDuration> movement(Exercise exercise, Dosage dosage) {
    int n = 0;
    for (Step step : exercise.steps()) {
      n += step.phase() == StepPhase.REPETITION ? 1 : 0;
    }
    List<CueDuration> durations = new ArrayList<>(n);
    boolean tempo = dosage.tempo().isPresent();
    int total = tempo ? dosage.tempo().get().secondsPerRepetition() : options.secondsPerRepetition();
    int each = n == 0 ? 0 : total / n;
    for (int i = 0; i < n; i++) {
      int seconds = i == n - 1 ? total - each * (n - 1) : each;
      durations.add(tempo ? CueDuration.exact(seconds) : CueDuration.open(seconds));
    }
    return durations;
  }

  private Said work(Dosage dosage, String prefix) {
    String words;
    CueDuration duration;
    if (dosage.duration().isPresent()) {
      TimeRange time = dosage.duration().get();
      String span = describe(time);
      words = dosage.asManyAsPossible() ? "as many repetitions as you can in " + span : "keep going for " + span;
      int min = time.seconds();
      duration =
          time.orMore()
              ? CueDuration.builder().minSeconds(min).maxSeconds(min).open(true).build()
              : CueDuration.between(min, time.maxSeconds().orElse(min));
    } else if (dosage.distance().isPresent()) {
      Distance distance = dosage.distance().get();
      words = "cover " + describe(distance);
      duration =
          CueDuration.builder()
              .minSeconds(seconds(distance, distance.amount()))
              .maxSeconds(seconds(distance, distance.maxAmount().orElse(distance.amount())))
              .open(true)
              .build();
    } else if (dosage.asManyAsPossible()) {
      words = "as many repetitions as you can";
      duration = CueDuration.open(options.secondsPerOpenSet());
    } else {
      return null;
    }
    return new Said(tally ? "" : prefix.isEmpty() ? capitalise(words) + "." : prefix + words + ".", duration);
  }

  /** The assumed time to cover a distance at {@link PlanOptions#secondsPerKilometre()}. */
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
    double seconds = Math.ceil(metres / 1000.0 * options.secondsPerKilometre());
    if (seconds > Integer.MAX_VALUE) {
      throw new ArithmeticException("a distance's time does not fit in an int of seconds");
    }
    return (int) seconds;
  }

  /** One bout: the repetition's steps, each hold placed by the rule {@link SessionPlan} states. */
  private void bout(Dosage dosage, Script script, CuePosition where, boolean optional) {
    for (Said step : script.repetition) {
      step(step, where, optional);
      if (step.hold != null) {
        hold(step.hold, step.holdText, step.holdDuration, where, optional);
      }
    }
    if (script.dosageHold != null) {
      hold(script.dosageHold.hold, script.dosageHold.text, script.dosageHold.duration, where, optional);
    }
    if (script.work != null) {
      if (dosage.duration().isPresent()) {
        atLeast |= dosage.duration().get().orMore();
      } else if (dosage.distance().isPresent()) {
        assumptions.add(PlanAssumption.SECONDS_PER_KILOMETRE);
      } else {
        assumptions.add(PlanAssumption.SECONDS_PER_OPEN_SET);
      }
      add(CueKind.WORK, script.work.text, script.work.duration, where, optional);
    }
  }

  private void step(Said step, CuePosition where, boolean optional) {
    if (step.assumed != null) {
      assumptions.add(step.assumed);
    }
    add(CueKind.STEP, step.text, step.duration, where, optional);
  }

  /** Steps said once (set-up, side set-up, switching sides, finish), each with its own hold. */
  private void steps(List<Said> said, CuePosition where, boolean optional) {
    for (Said step : said) {
      step(step, where, optional);
      if (step.hold != null) {
        hold(step.hold, step.holdText, step.holdDuration, where, optional);
      }
    }
  }

  /**
   * The step as said for the other side: steps are written for the first side ("extend your right
   * leg"), so on the other side every "left" becomes "right" and every "right" "left", in the
   * same case.
   */
  static String mirror(String text) {
    // a scan for the six words, with the pattern's word boundaries decided on ASCII neighbours;
    // a word next to any other character is left to the pattern, which knows Unicode's letters
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      String word = sideWordAt(text, i);
      if (word == null) {
        continue;
      }
      int end = i + word.length();
      int before = i == 0 ? 0 : wordCharacter(text.charAt(i - 1));
      int after = end == text.length() ? 0 : wordCharacter(text.charAt(end));
      if (before < 0 || after < 0) {
        return mirrorByPattern(text);
      }
      if (before == 0 && after == 0) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, copied, i).append(opposite(word));
        copied = end;
        i = end - 1;
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static final String[] SIDE_WORDS = {"left", "right", "Left", "Right", "LEFT", "RIGHT"};

  /** {@return the side word that starts at the index, or null} */
  private static String sideWordAt(String text, int at) {
    char c = text.charAt(at);
    if (c != 'l' && c != 'r' && c != 'L' && c != 'R') {
      return null;
    }
    for (String word : SIDE_WORDS) {
      if (text.startsWith(word, at)) {
        return word;
      }
    }
    return null;
  }

  /**
   * {@return 1 for an ASCII letter, digit or underscore (a word character to the pattern), 0 for
   * any other ASCII character, -1 for a character beyond ASCII}
   */
  private static int wordCharacter(char c) {
    if (c >= 0x80) {
      return -1;
    }
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? 1 : 0;
  }

  private static String mirrorByPattern(String text) {
    Matcher m = SIDE_WORD.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(opposite(m.group())));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private static String opposite(String word) {
    switch (word) {
      case "left":
        return "right";
      case "right":
        return "left";
      case "Left":
        return "Right";
      case "Right":
        return "Left";
      case "LEFT":
        return "RIGHT";
      default:
        return "LEFT";
    }
  }

  private static String holdText(Hold hold, String prefix) {
    String words =
        "hold "
            + hold.wording()
                .orElseGet(() -> hold.orMore() ? describe(hold) : "for " + describe(hold));
    return prefix.isEmpty() ? capitalise(words) : prefix + words;
  }

  /**
   * A hold's time: its seconds (exact, a range, or open from a lower bound); else its breaths
   * counted at {@link PlanOptions#secondsPerBreath()}, open; else, for a hold in words only, {@link
   * PlanOptions#assumedHoldSeconds()}, open.
   */
  private CueDuration holdDuration(Hold hold) {
    if (hold.seconds().isPresent()) {
      int min = hold.seconds().getAsInt();
      return hold.orMore()
          ? CueDuration.builder().minSeconds(min).maxSeconds(min).open(true).build()
          : CueDuration.between(min, hold.maxSeconds().orElse(min));
    }
    if (hold.breaths().isPresent()) {
      int fewest = hold.breaths().getAsInt();
      int most = hold.maxBreaths().orElse(fewest);
      return CueDuration.builder()
          .minSeconds(Math.multiplyExact(fewest, options.secondsPerBreath()))
          .maxSeconds(Math.multiplyExact(most, options.secondsPerBreath()))
          .open(true)
          .build();
    }
    return CueDuration.open(options.assumedHoldSeconds());
  }

  private void hold(Hold hold, String text, CueDuration duration, CuePosition where, boolean optional) {
    if (hold.seconds().isEmpty() && hold.breaths().isPresent()) {
      assumptions.add(PlanAssumption.SECONDS_PER_BREATH);
    }
    if (!hold.hasNumbers()) {
      assumptions.add(PlanAssumption.ASSUMED_HOLD_SECONDS);
    }
    atLeast |= hold.orMore() && hold.hasNumbers();
    budget();
    if (tally) {
      count(duration, optional);
      return;
    }
    cues.add(
        Cue.builder()
            .kind(CueKind.HOLD)
            .text(text)
            .duration(duration)
            .position(where)
            .hold(hold)
            .optional(optional)
            .build());
  }

  private void add(
      CueKind kind, String text, CueDuration duration, CuePosition where, boolean optional) {
    budget();
    if (tally) {
      count(duration, optional);
      return;
    }
    cues.add(
        Cue.builder()
            .kind(kind)
            .text(text)
            .duration(duration)
            .position(where)
            .optional(optional)
            .build());
  }

  /** Adds a cue up, as {@link Cue#minSeconds()} and {@link Cue#maxSeconds()} count it. */
  private void count(CueDuration duration, boolean optional) {
    count++;
    minSeconds += optional ? 0 : duration.minSeconds();
    maxSeconds += duration.maxSeconds();
  }

  /** Stops before the plan grows past {@link PlanOptions#maxCues()}, so no protocol makes unbounded work. */
  private void budget() {
    if ((tally ? count : cues.size()) >= options.maxCues()) {
      throw new ValidationException(
          "session plan",
          "entries[" + entryIndex + "]",
          "the plan would have more than " + options.maxCues() + " cues (PlanOptions.maxCues); the"
              + " limit was reached at entry " + (entryIndex + 1) + " ('" + abbreviate(exerciseName)
              + "'): lower its sets or repetitions, or raise maxCues");
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "...";
  }

  private Script script(
      Script[] scripts, Exercise exercise, Dosage dosage, Optional<Side> side, Side first) {
    // a side changes only the words, and counting makes none: one script serves every side
    int slot = tally || side.isEmpty() ? 0 : side.get() == first ? 1 : 2;
    if (scripts[slot] == null) {
      scripts[slot] = new Script(exercise, dosage, side, first);
    }
    return scripts[slot];
  }

  /**
   * The bouts of one set, in the order they are played: the repetitions, or for a timed, distance
   * or open set one bout per side worked one after the other (one in all otherwise); a dosage that
   * does not say how much is played as one repetition.
   */
  private static List<Bout> boutsOfOneSet(Dosage dosage, Side first) {
    Optional<Side> one = Optional.of(first);
    Optional<Side> other = Optional.of(first.opposite());
    List<Bout> bouts = new ArrayList<>();
    if (dosage.repetitions().isEmpty()) {
      if (dosage.sideOrder().isOneSided()
          && (dosage.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER || !dosage.amountGiven())) {
        bouts.add(new Bout(one, 1, 1, 1));
        bouts.add(new Bout(other, 1, 1, 1));
      } else {
        bouts.add(new Bout(Optional.empty(), 1, 1, 1));
      }
      return bouts;
    }
    Repetitions reps = dosage.repetitions().get();
    int min = reps.min();
    int max = reps.max();
    boolean total = reps.basis() == RepetitionBasis.TOTAL;
    switch (dosage.sideOrder()) {
      case ONE_SIDE_THEN_OTHER:
        if (total) {
          int firstMin = (min + 1) / 2;
          int firstMax = (max + 1) / 2;
          for (int k = 1; k <= firstMax; k++) {
            bouts.add(new Bout(one, k, firstMin, firstMax));
          }
          for (int k = 1; k <= max / 2; k++) {
            bouts.add(new Bout(other, k, min / 2, max / 2));
          }
        } else {
          for (int k = 1; k <= max; k++) {
            bouts.add(new Bout(one, k, min, max));
          }
          for (int k = 1; k <= max; k++) {
            bouts.add(new Bout(other, k, min, max));
          }
        }
        break;
      case ALTERNATING:
        if (total) {
          for (int k = 1; k <= max; k++) {
            bouts.add(new Bout(k % 2 == 1 ? one : other, k, min, max));
          }
        } else {
          for (int k = 1; k <= max; k++) {
            bouts.add(new Bout(one, k, min, max));
            bouts.add(new Bout(other, k, min, max));
          }
        }
        break;
      case BOTH_AT_ONCE:
      default:
        for (int k = 1; k <= max; k++) {
          bouts.add(new Bout(Optional.empty(), k, min, max));
        }
        break;
    }
    return bouts;
  }

  private static CuePosition position(CuePosition exercise, int set, Bout bout) {
    return CuePosition.builder()
        .from(exercise)
        .set(set)
        .side(bout.side)
        .repetition(bout.repetition)
        .repetitionsMin(bout.min)
        .repetitionsMax(bout.max)
        .build();
  }

  /** "left side, repetition 2 of 2 to 4", or "repetition 2 of 3" without sides; "left side" alone. */
  private static String next(Bout bout) {
    if (bout.max == 1) {
      return bout.side.map(Expansion::side).orElse("repetition 1");
    }
    String count = bout.min == bout.max ? "" + bout.max : bout.min + " to " + bout.max;
    String repetition = "repetition " + bout.repetition + " of " + count;
    return bout.side.map(s -> side(s) + ", " + repetition).orElse(repetition);
  }

  private static String setCount(Range sets) {
    return sets.isExact() ? "" + sets.max() : sets.min() + " to " + sets.max();
  }

  private static String side(Side side) {
    return side.displayName() + " side";
  }

  private static String restFor(int seconds) {
    return "Rest for " + seconds(seconds) + ".";
  }

  private static String restFor(Range seconds) {
    return seconds.isExact()
        ? restFor(seconds.min())
        : "Rest for " + seconds.min() + " to " + seconds(seconds.max()) + ".";
  }

  private static String seconds(int seconds) {
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  /** "30 minutes", "20 to 30 minutes", "90 seconds", "10 minutes or more", "about 1 hour". */
  private static String describe(TimeRange time) {
    String about = time.approximate() ? "about " : "";
    int min = time.seconds();
    int max = time.maxSeconds().orElse(min);
    String span;
    if (min == max) {
      span = span(min);
    } else if (min % 60 == 0 && max % 60 == 0 && max < 3600) {
      span = min / 60 + " to " + span(max);
    } else {
      span = span(min) + " to " + span(max);
    }
    return about + span + (time.orMore() ? " or more" : "");
  }

  private static String span(int seconds) {
    if (seconds % 3600 == 0) {
      int hours = seconds / 3600;
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    if (seconds % 60 == 0) {
      int minutes = seconds / 60;
      return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
    return seconds(seconds);
  }

  private static String describe(Distance distance) {
    String unit = distance.unit().name().toLowerCase(Locale.ROOT);
    int min = distance.amount();
    int max = distance.maxAmount().orElse(min);
    String number = min == max ? "" + min : min + " to " + max;
    return number + " " + (max == 1 ? unit.substring(0, unit.length() - 1) : unit);
  }

  /**
   * "about 30 seconds", "10 to 30 seconds", "10 or more seconds", "about 5 breaths", "3 to 5
   * breaths", "3 breaths (about 5 seconds)".
   */
  private static String describe(Hold hold) {
    String about = hold.approximate() ? "about " : "";
    String more = hold.orMore() ? " or more" : "";
    String time = null;
    if (hold.seconds().isPresent()) {
      int min = hold.seconds().getAsInt();
      int max = hold.maxSeconds().orElse(min);
      time = about + (min == max ? min + more + (min == 1 ? " second" : " seconds") : min + " to " + seconds(max));
    }
    if (hold.breaths().isEmpty()) {
      return time;
    }
    int n = hold.breaths().getAsInt();
    int most = hold.maxBreaths().orElse(n);
    String breaths =
        n == most ? n + more + (n == 1 ? " breath" : " breaths") : n + " to " + most + " breaths";
    return time == null ? about + breaths : breaths + " (" + time + ")";
  }

  private static String capitalise(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
