package dev.regimen.benchmarks.plain;

import dev.regimen.core.session.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session plan as a user would write it over the {@link Plain} records, by the rules of
 * Regimen's {@code SessionPlan} with its default options (the numbers are {@link PlanOptions}'
 * defaults) but for the cue budget, which the caller gives: the same cues with the same kinds,
 * texts, durations and positions, as plain records, without validation. A copy of the expansion on
 * purpose: the baseline for what Regimen's plan costs beyond the same rules hand-written.
 *
 * <p>The rules, in short (the class comment of {@code SessionPlan} has them in full): each step is
 * played as often as its phase says (set-up once; side set-up at each side worked, or once for
 * both sides at once; repetition steps in every repetition; switch-sides steps where the plan
 * switches sides; finish once); one repetition's movement time (the tempo's, exact, or {@value
 * PlanOptions#DEFAULT_SECONDS_PER_REPETITION} seconds, open) is shared out over the repetition
 * steps; a timed, distance or open set plays its repetition steps once and then a {@code WORK}
 * cue; a rest between repetitions comes only after repetitions that hold a position, unless the
 * dosage gives one; sets and repetitions beyond the fewest are optional. The steps and holds of
 * an entry are said once per side and shared by its cues; for the other side "left" and "right"
 * swap.
 */
public final class PlainSessionPlan {
  private static final int LEAD_IN = PlanOptions.DEFAULT_LEAD_IN_SECONDS;
  private static final int PER_STEP = PlanOptions.DEFAULT_SECONDS_PER_STEP;
  private static final int PER_REPETITION = PlanOptions.DEFAULT_SECONDS_PER_REPETITION;
  private static final int ASSUMED_HOLD = PlanOptions.DEFAULT_ASSUMED_HOLD_SECONDS;
  private static final int PER_OPEN_SET = PlanOptions.DEFAULT_SECONDS_PER_OPEN_SET;
  private static final int PER_KILOMETRE = PlanOptions.DEFAULT_SECONDS_PER_KILOMETRE;
  private static final int PER_BREATH = PlanOptions.DEFAULT_SECONDS_PER_BREATH;
  private static final int REST_BETWEEN_REPETITIONS = PlanOptions.DEFAULT_REST_BETWEEN_REPETITIONS_SECONDS;
  private static final int REST_BETWEEN_SETS = PlanOptions.DEFAULT_REST_BETWEEN_SETS_SECONDS;
  private static final int REST_BETWEEN_EXERCISES = PlanOptions.DEFAULT_REST_BETWEEN_EXERCISES_SECONDS;
  private static final int SWITCH_SIDES = PlanOptions.DEFAULT_SWITCH_SIDES_SECONDS;
  private static final Pattern SIDE_WORD = Pattern.compile("\\b(?:left|right|Left|Right|LEFT|RIGHT)\\b");

  private PlainSessionPlan() {}

  /**
   * A cue.
   *
   * @param kind what it is, as Regimen's {@code CueKind} names it
   * @param text what to say
   * @param minSeconds its shortest duration
   * @param maxSeconds its longest duration
   * @param open whether it lasts until the person moves on, its seconds an assumption
   * @param entryIndex the entry it belongs to
   * @param sets the entry's most sets
   * @param set the set, or 0
   * @param side the side, or null
   * @param repetition the repetition, or 0
   * @param repetitionsMin the fewest repetitions it counts towards, or 0
   * @param repetitionsMax the most repetitions it counts towards, or 0
   * @param hold the hold of a {@code HOLD} cue, or null
   * @param optional whether it belongs to a set or repetition beyond the fewest
   */
  public record Cue(
      String kind,
      String text,
      int minSeconds,
      int maxSeconds,
      boolean open,
      int entryIndex,
      int sets,
      int set,
      Plain.Side side,
      int repetition,
      int repetitionsMin,
      int repetitionsMax,
      Plain.Hold hold,
      boolean optional) {}

  /** A duration. */
  private record Time(int min, int max, boolean open) {
    static Time exact(int seconds) {
      return new Time(seconds, seconds, false);
    }

    static Time open(int seconds) {
      return new Time(seconds, seconds, true);
    }
  }

  /** Where a cue stands: set 0 and repetition 0 when outside them. */
  private record At(int entry, int sets, int set, Plain.Side side, int repetition, int min, int max) {}

  /** One pass of the repeated part on one side (or none): a repetition, or a timed or open set. */
  private record Bout(Plain.Side side, int repetition, int min, int max) {
    boolean optional() {
      return repetition > min;
    }
  }

  /** A step's or hold's words and time, with a step's hold. */
  private static final class Said {
    final String text;
    final Time time;
    Plain.Hold hold;
    String holdText;
    Time holdTime;

    Said(String text, Time time) {
      this.text = text;
      this.time = time;
    }
  }

  /** What an exercise says on one side (or on none), phase by phase. */
  private static final class Script {
    final List<Said> setup = new ArrayList<>();
    final List<Said> sideSetup = new ArrayList<>();
    final List<Said> repetition = new ArrayList<>();
    final List<Said> switchSides = new ArrayList<>();
    final List<Said> finish = new ArrayList<>();
    final Said dosageHold;
    final Said work;
    final boolean holds;

    Script(Plain.Exercise exercise, Plain.Dosage dosage, Plain.Side side, Plain.Side first) {
      String prefix = side == null ? "" : capitalise(side(side)) + ": ";
      boolean mirrored = side != null && side != first;
      int steps = 0;
      for (Plain.Step step : exercise.steps()) {
        if (step.phase() == Plain.StepPhase.REPETITION) {
          steps++;
        }
      }
      boolean tempo = dosage.tempo() != null;
      int total = tempo ? secondsPerRepetition(dosage.tempo()) : PER_REPETITION;
      int each = steps == 0 ? 0 : total / steps;
      int r = 0;
      boolean stepHolds = false;
      for (Plain.Step step : exercise.steps()) {
        String text = prefix + (mirrored ? mirror(step.text()) : step.text());
        boolean repeated = step.phase() == Plain.StepPhase.REPETITION;
        Time time;
        if (repeated) {
          int seconds = r == steps - 1 ? total - each * (steps - 1) : each;
          r++;
          time = tempo ? Time.exact(seconds) : Time.open(seconds);
        } else {
          time = Time.open(PER_STEP);
        }
        Said said = new Said(text, time);
        if (step.hold() != null) {
          stepHolds |= repeated;
          Plain.Hold hold = repeated && dosage.hold() != null ? dosage.hold() : step.hold();
          said.hold = hold;
          said.holdText = holdText(hold, prefix);
          said.holdTime = holdTime(hold);
        }
        switch (step.phase()) {
          case SETUP:
            setup.add(said);
            break;
          case SIDE_SETUP:
            sideSetup.add(said);
            break;
          case SWITCH_SIDES:
            switchSides.add(said);
            break;
          case FINISH:
            finish.add(said);
            break;
          case REPETITION:
          default:
            repetition.add(said);
            break;
        }
      }
      if (!stepHolds && dosage.hold() != null) {
        dosageHold = new Said(holdText(dosage.hold(), prefix), holdTime(dosage.hold()));
        dosageHold.hold = dosage.hold();
      } else {
        dosageHold = null;
      }
      work = work(dosage, prefix);
      holds = stepHolds || dosageHold != null;
    }
  }

  /** The cues of one plan, and the budget they must fit in. */
  private static final class Cues {
    final List<Cue> cues = new ArrayList<>();
    final int maxCues;

    Cues(int maxCues) {
      this.maxCues = maxCues;
    }

    void add(String kind, String text, Time time, At at, Plain.Hold hold, boolean optional) {
      if (cues.size() >= maxCues) {
        throw new IllegalStateException(
            "the plan would have more than " + maxCues + " cues; the limit was reached at entry " + (at.entry() + 1));
      }
      cues.add(
          new Cue(kind, text, time.min(), time.max(), time.open(), at.entry(), at.sets(), at.set(), at.side(),
              at.repetition(), at.min(), at.max(), hold, optional));
    }
  }

  /**
   * Expands a protocol into cues.
   *
   * @param p the protocol
   * @param maxCues the most cues the plan may have
   * @return the cues
   * @throws IllegalStateException if the plan would have more than {@code maxCues} cues
   */
  public static List<Cue> plan(Plain.Protocol p, int maxCues) {
    Cues cues = new Cues(maxCues);
    for (int i = 0; i < p.entries().size(); i++) {
      entry(cues, i, p.entries().get(i));
    }
    return cues.cues;
  }

  private static void entry(Cues cues, int index, Plain.Entry entry) {
    Plain.Exercise exercise = entry.exercise();
    Plain.Dosage dosage = entry.dosage();
    Plain.Range sets = dosage.sets();
    At at = new At(index, sets.max(), 0, null, 0, 0, 0);
    String introduction =
        exercise.name() + "." + (exercise.startingPosition() == null ? "" : " " + exercise.startingPosition());
    if (index == 0) {
      cues.add("LEAD_IN", "Get ready: " + introduction, Time.exact(LEAD_IN), at, null, false);
    } else {
      int rest = REST_BETWEEN_EXERCISES;
      cues.add(
          "NEXT_EXERCISE",
          (rest > 0 ? restFor(rest) + " " : "") + "Next: " + introduction,
          Time.exact(rest),
          at,
          null,
          false);
    }

    Plain.Side first = dosage.firstSide() == null ? Plain.Side.LEFT : dosage.firstSide();
    Plain.Side other = first == Plain.Side.LEFT ? Plain.Side.RIGHT : Plain.Side.LEFT;
    boolean oneSided = dosage.sideOrder() != Plain.SideOrder.BOTH_AT_ONCE;
    Script none = new Script(exercise, dosage, null, first);
    Script[] sided = new Script[2]; // the first side, the other side; made when first needed
    steps(cues, none.setup, at, false);
    if (!oneSided) {
      steps(cues, none.sideSetup, at, false);
    }

    List<Bout> bouts = bouts(dosage, first, other);
    for (int set = 1; set <= sets.max(); set++) {
      boolean optionalSet = set > sets.min();
      for (int b = 0; b < bouts.size(); b++) {
        Bout bout = bouts.get(b);
        boolean optional = optionalSet || bout.optional();
        At where = new At(index, sets.max(), set, bout.side(), bout.repetition(), bout.min(), bout.max());
        Script script = script(none, sided, exercise, dosage, bout.side(), first);
        boolean newSide = b == 0 || bouts.get(b - 1).side() != bout.side();
        if (b == 0) {
          if (set > 1) {
            Plain.Range rest =
                dosage.restBetweenSetsSeconds() == null
                    ? new Plain.Range(REST_BETWEEN_SETS, REST_BETWEEN_SETS)
                    : dosage.restBetweenSetsSeconds();
            if (rest.max() > 0) {
              cues.add(
                  "REST",
                  restFor(rest) + " Next: set " + set + " of " + count(sets)
                      + (bout.side() == null ? "" : ", " + side(bout.side())) + ".",
                  new Time(rest.min(), rest.max(), false),
                  where,
                  null,
                  optionalSet);
            }
          }
        } else if (bouts.get(b - 1).side() == first && bout.side() == other) {
          // the steps of changing sides stand with the switch, in the protocol's own words
          steps(cues, none.switchSides, where, optional);
          cues.add(
              "SWITCH_SIDES", "Switch sides. Next: " + next(bout) + ".", Time.exact(SWITCH_SIDES), where, null, optional);
        } else {
          // a rest after a repetition that holds a position, unless the dosage gives one
          Plain.Range rest = dosage.restSeconds();
          if (rest == null) {
            int seconds = script.holds ? REST_BETWEEN_REPETITIONS : 0;
            rest = new Plain.Range(seconds, seconds);
          }
          if (rest.max() > 0) {
            cues.add(
                "REST",
                restFor(rest) + " Next: " + next(bout) + ".",
                new Time(rest.min(), rest.max(), false),
                where,
                null,
                optional);
          }
        }
        if (newSide && oneSided) {
          steps(cues, script.sideSetup, where, optional);
        }
        for (Said step : script.repetition) {
          cues.add("STEP", step.text, step.time, where, null, optional);
          if (step.hold != null) {
            cues.add("HOLD", step.holdText, step.holdTime, where, step.hold, optional);
          }
        }
        if (script.dosageHold != null) {
          cues.add("HOLD", script.dosageHold.text, script.dosageHold.time, where, script.dosageHold.hold, optional);
        }
        if (script.work != null) {
          cues.add("WORK", script.work.text, script.work.time, where, null, optional);
        }
      }
    }
    steps(cues, none.finish, at, false);
  }

  private static Script script(
      Script none, Script[] sided, Plain.Exercise exercise, Plain.Dosage dosage, Plain.Side side, Plain.Side first) {
    if (side == null) {
      return none;
    }
    int slot = side == first ? 0 : 1;
    if (sided[slot] == null) {
      sided[slot] = new Script(exercise, dosage, side, first);
    }
    return sided[slot];
  }

  private static void steps(Cues cues, List<Said> said, At at, boolean optional) {
    for (Said step : said) {
      cues.add("STEP", step.text, step.time, at, null, optional);
      if (step.hold != null) {
        cues.add("HOLD", step.holdText, step.holdTime, at, step.hold, optional);
      }
    }
  }

  /**
   * The bouts of one set: the repetitions, or one bout per side worked one after the other for a
   * timed, distance or open set (one in all otherwise); no amount given plays one repetition.
   */
  private static List<Bout> bouts(Plain.Dosage dosage, Plain.Side one, Plain.Side other) {
    List<Bout> bouts = new ArrayList<>();
    Plain.SideOrder order = dosage.sideOrder();
    Plain.Repetitions reps = dosage.repetitions();
    if (reps == null) {
      boolean amountGiven = dosage.duration() != null || dosage.distance() != null || dosage.asManyAsPossible();
      if (order != Plain.SideOrder.BOTH_AT_ONCE && (order == Plain.SideOrder.ONE_SIDE_THEN_OTHER || !amountGiven)) {
        bouts.add(new Bout(one, 1, 1, 1));
        bouts.add(new Bout(other, 1, 1, 1));
      } else {
        bouts.add(new Bout(null, 1, 1, 1));
      }
      return bouts;
    }
    int min = reps.min();
    int max = reps.max();
    boolean total = reps.basis() == Plain.RepetitionBasis.TOTAL;
    switch (order) {
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
          bouts.add(new Bout(null, k, min, max));
        }
        break;
    }
    return bouts;
  }

  /** The work cue of a timed, distance or open set; null for a set of repetitions. */
  private static Said work(Plain.Dosage dosage, String prefix) {
    String words;
    Time time;
    if (dosage.duration() != null) {
      Plain.TimeRange t = dosage.duration();
      String span = describe(t);
      words = dosage.asManyAsPossible() ? "as many repetitions as you can in " + span : "keep going for " + span;
      time =
          t.orMore()
              ? Time.open(t.seconds())
              : new Time(t.seconds(), t.maxSeconds() == null ? t.seconds() : t.maxSeconds(), false);
    } else if (dosage.distance() != null) {
      Plain.Distance d = dosage.distance();
      words = "cover " + describe(d);
      time = new Time(seconds(d, d.amount()), seconds(d, d.maxAmount() == null ? d.amount() : d.maxAmount()), true);
    } else if (dosage.asManyAsPossible()) {
      words = "as many repetitions as you can";
      time = Time.open(PER_OPEN_SET);
    } else {
      return null;
    }
    return new Said(prefix.isEmpty() ? capitalise(words) + "." : prefix + words + ".", time);
  }

  /** The time to cover a distance at the assumed pace. */
  private static int seconds(Plain.Distance distance, int amount) {
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
    double seconds = Math.ceil(metres / 1000.0 * PER_KILOMETRE);
    if (seconds > Integer.MAX_VALUE) {
      throw new ArithmeticException("a distance's time does not fit in an int of seconds");
    }
    return (int) seconds;
  }

  /** The seconds of a repetition at a tempo such as 3-1-1-0, a phase marked X counted as 1. */
  private static int secondsPerRepetition(String tempo) {
    int seconds = 0;
    for (int i = 0; i < tempo.length(); i += 2) {
      char ch = tempo.charAt(i);
      seconds += ch == 'X' ? 1 : ch - '0';
    }
    return Math.max(1, seconds);
  }

  private static String holdText(Plain.Hold hold, String prefix) {
    String words =
        "hold " + (hold.wording() != null ? hold.wording() : hold.orMore() ? describe(hold) : "for " + describe(hold));
    return prefix.isEmpty() ? capitalise(words) : prefix + words;
  }

  /** Its seconds; else its breaths at the assumed seconds a breath, open; else the assumed hold, open. */
  private static Time holdTime(Plain.Hold hold) {
    if (hold.seconds() != null) {
      int min = hold.seconds();
      return hold.orMore() ? Time.open(min) : new Time(min, hold.maxSeconds() == null ? min : hold.maxSeconds(), false);
    }
    if (hold.breaths() != null) {
      int fewest = hold.breaths();
      int most = hold.maxBreaths() == null ? fewest : hold.maxBreaths();
      return new Time(Math.multiplyExact(fewest, PER_BREATH), Math.multiplyExact(most, PER_BREATH), true);
    }
    return Time.open(ASSUMED_HOLD);
  }

  private static String next(Bout bout) {
    if (bout.max() == 1) {
      return bout.side() == null ? "repetition 1" : side(bout.side());
    }
    String count = bout.min() == bout.max() ? "" + bout.max() : bout.min() + " to " + bout.max();
    String repetition = "repetition " + bout.repetition() + " of " + count;
    return bout.side() == null ? repetition : side(bout.side()) + ", " + repetition;
  }

  private static String count(Plain.Range range) {
    return range.min() == range.max() ? "" + range.max() : range.min() + " to " + range.max();
  }

  private static String side(Plain.Side side) {
    return (side == Plain.Side.LEFT ? "left" : "right") + " side";
  }

  private static String restFor(int seconds) {
    return "Rest for " + seconds(seconds) + ".";
  }

  private static String restFor(Plain.Range seconds) {
    return seconds.min() == seconds.max()
        ? restFor(seconds.min())
        : "Rest for " + seconds.min() + " to " + seconds(seconds.max()) + ".";
  }

  private static String seconds(int seconds) {
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  private static String describe(Plain.TimeRange time) {
    String about = time.approximate() ? "about " : "";
    int min = time.seconds();
    int max = time.maxSeconds() == null ? min : time.maxSeconds();
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

  private static String describe(Plain.Distance distance) {
    String unit = distance.unit().json();
    int min = distance.amount();
    int max = distance.maxAmount() == null ? min : distance.maxAmount();
    String number = min == max ? "" + min : min + " to " + max;
    return number + " " + (max == 1 ? unit.substring(0, unit.length() - 1) : unit);
  }

  private static String describe(Plain.Hold hold) {
    String about = hold.approximate() ? "about " : "";
    String more = hold.orMore() ? " or more" : "";
    String time = null;
    if (hold.seconds() != null) {
      int min = hold.seconds();
      int max = hold.maxSeconds() == null ? min : hold.maxSeconds();
      time = about + (min == max ? min + more + (min == 1 ? " second" : " seconds") : min + " to " + seconds(max));
    }
    if (hold.breaths() == null) {
      return time;
    }
    int n = hold.breaths();
    int most = hold.maxBreaths() == null ? n : hold.maxBreaths();
    String breaths = n == most ? n + more + (n == 1 ? " breath" : " breaths") : n + " to " + most + " breaths";
    return time == null ? about + breaths : breaths + " (" + time + ")";
  }

  private static String mirror(String text) {
    Matcher m = SIDE_WORD.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    do {
      String word = m.group();
      String opposite =
          word.equals("left") ? "right"
              : word.equals("right") ? "left"
              : word.equals("Left") ? "Right"
              : word.equals("Right") ? "Left"
              : word.equals("LEFT") ? "RIGHT"
              : "LEFT";
      m.appendReplacement(out, opposite);
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private static String capitalise(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
