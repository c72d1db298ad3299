package dev.regimen.benchmarks.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session plan as a user would write it over the {@link Plain} records, by the rules of
 * Regimen's {@code SessionPlan} with its default options: the same cues with the same texts and
 * durations, as plain records, without validation. The steps for the other side are mirrored once
 * per entry.
 */
public final class PlainSessionPlan {
  private static final int LEAD_IN = 10;
  private static final int PER_STEP = 5;
  private static final int PER_BREATH = 5;
  private static final int REST_BETWEEN_REPETITIONS = 5;
  private static final int REST_BETWEEN_SETS = 30;
  private static final int REST_BETWEEN_EXERCISES = 15;
  private static final int SWITCH_SIDES = 5;
  private static final Pattern SIDE_WORD = Pattern.compile("\\b(?:left|right|Left|Right|LEFT|RIGHT)\\b");

  private PlainSessionPlan() {}

  /**
   * A cue.
   *
   * @param kind what it is, as Regimen's {@code CueKind} names it
   * @param text what to say
   * @param minSeconds its shortest duration
   * @param maxSeconds its longest duration
   * @param entryIndex the entry it belongs to
   * @param set the set, or 0
   * @param side the side, or null
   * @param repetition the repetition, or 0
   * @param optional whether it belongs to a repetition beyond the fewest
   */
  public record Cue(
      String kind,
      String text,
      int minSeconds,
      int maxSeconds,
      int entryIndex,
      int set,
      Plain.Side side,
      int repetition,
      boolean optional) {}

  private record Bout(Plain.Side side, int repetition, int min, int max) {
    boolean optional() {
      return repetition > min;
    }
  }

  /**
   * Expands a protocol into cues.
   *
   * @param p the protocol
   * @return the cues
   */
  public static List<Cue> plan(Plain.Protocol p) {
    List<Cue> cues = new ArrayList<>();
    for (int i = 0; i < p.entries().size(); i++) {
      entry(cues, i, p.entries().get(i));
    }
    return cues;
  }

  private static void entry(List<Cue> cues, int index, Plain.Entry entry) {
    Plain.Exercise exercise = entry.exercise();
    Plain.Dosage dosage = entry.dosage();
    String introduction = exercise.name() + ". " + exercise.startingPosition();
    if (index == 0) {
      cues.add(new Cue("LEAD_IN", "Get ready: " + introduction, LEAD_IN, LEAD_IN, index, 0, null, 0, false));
    } else {
      cues.add(
          new Cue(
              "NEXT_EXERCISE",
              restFor(REST_BETWEEN_EXERCISES) + " Next: " + introduction,
              REST_BETWEEN_EXERCISES,
              REST_BETWEEN_EXERCISES,
              index,
              0,
              null,
              0,
              false));
    }
    Plain.Side first = dosage.firstSide() == null ? Plain.Side.LEFT : dosage.firstSide();
    Plain.Side other = first == Plain.Side.LEFT ? Plain.Side.RIGHT : Plain.Side.LEFT;
    List<Bout> bouts = bouts(dosage, first, other);
    // the steps are written for the first side; on the other side "left" and "right" swap
    List<Plain.Step> otherSide = new ArrayList<>(exercise.steps().size());
    for (Plain.Step step : exercise.steps()) {
      otherSide.add(new Plain.Step(mirror(step.text()), step.hold()));
    }
    for (int set = 1; set <= dosage.sets(); set++) {
      for (int b = 0; b < bouts.size(); b++) {
        Bout bout = bouts.get(b);
        if (b == 0) {
          if (set > 1) {
            int rest = dosage.restBetweenSetsSeconds() == null ? REST_BETWEEN_SETS : dosage.restBetweenSetsSeconds();
            if (rest > 0) {
              cues.add(
                  new Cue(
                      "REST",
                      restFor(rest) + " Next: set " + set + " of " + dosage.sets()
                          + (bout.side() == null ? "" : ", " + side(bout.side())) + ".",
                      rest,
                      rest,
                      index,
                      set,
                      bout.side(),
                      bout.repetition(),
                      false));
            }
          }
        } else if (bouts.get(b - 1).side() == first && bout.side() == other) {
          cues.add(
              new Cue(
                  "SWITCH_SIDES",
                  "Switch sides. Next: " + next(bout) + ".",
                  SWITCH_SIDES,
                  SWITCH_SIDES,
                  index,
                  set,
                  bout.side(),
                  bout.repetition(),
                  bout.optional()));
        } else {
          int rest = dosage.restSeconds() == null ? REST_BETWEEN_REPETITIONS : dosage.restSeconds();
          if (rest > 0) {
            cues.add(
                new Cue(
                    "REST",
                    restFor(rest) + " Next: " + next(bout) + ".",
                    rest,
                    rest,
                    index,
                    set,
                    bout.side(),
                    bout.repetition(),
                    bout.optional()));
          }
        }
        repetition(cues, index, set, bout.side() == other ? otherSide : exercise.steps(), dosage, bout);
      }
    }
  }

  private static void repetition(
      List<Cue> cues, int index, int set, List<Plain.Step> steps, Plain.Dosage dosage, Bout bout) {
    String prefix = bout.side() == null ? "" : capitalise(side(bout.side())) + ": ";
    boolean stepHolds = false;
    for (Plain.Step step : steps) {
      cues.add(
          new Cue("STEP", prefix + step.text(), PER_STEP, PER_STEP, index, set, bout.side(), bout.repetition(), bout.optional()));
      if (step.hold() != null) {
        stepHolds = true;
        hold(cues, dosage.hold() != null ? dosage.hold() : step.hold(), prefix, index, set, bout);
      }
    }
    if (!stepHolds && dosage.hold() != null) {
      hold(cues, dosage.hold(), prefix, index, set, bout);
    }
  }

  private static void hold(List<Cue> cues, Plain.Hold hold, String prefix, int index, int set, Bout bout) {
    String words = "hold " + (hold.wording() != null ? hold.wording() : "for " + describe(hold));
    int min;
    int max;
    if (hold.seconds() != null) {
      min = hold.seconds();
      max = hold.maxSeconds() == null ? min : hold.maxSeconds();
    } else {
      min = Math.multiplyExact(hold.breaths(), PER_BREATH);
      max = min;
    }
    cues.add(
        new Cue(
            "HOLD",
            prefix.isEmpty() ? capitalise(words) : prefix + words,
            min,
            max,
            index,
            set,
            bout.side(),
            bout.repetition(),
            bout.optional()));
  }

  private static List<Bout> bouts(Plain.Dosage dosage, Plain.Side one, Plain.Side other) {
    Plain.Repetitions reps = dosage.repetitions();
    int min = reps.min();
    int max = reps.max();
    boolean total = reps.basis() == Plain.RepetitionBasis.TOTAL;
    List<Bout> bouts = new ArrayList<>();
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
          bouts.add(new Bout(null, k, min, max));
        }
        break;
    }
    return bouts;
  }

  private static String next(Bout bout) {
    String count = bout.min() == bout.max() ? "" + bout.max() : bout.min() + " to " + bout.max();
    String repetition = "repetition " + bout.repetition() + " of " + count;
    return bout.side() == null ? repetition : side(bout.side()) + ", " + repetition;
  }

  private static String side(Plain.Side side) {
    return (side == Plain.Side.LEFT ? "left" : "right") + " side";
  }

  private static String restFor(int seconds) {
    return "Rest for " + seconds(seconds) + ".";
  }

  private static String seconds(int seconds) {
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  private static String describe(Plain.Hold hold) {
    String about = hold.approximate() ? "about " : "";
    String time = null;
    if (hold.seconds() != null) {
      int min = hold.seconds();
      int max = hold.maxSeconds() == null ? min : hold.maxSeconds();
      time = about + (min == max ? seconds(min) : min + " to " + seconds(max));
    }
    if (hold.breaths() == null) {
      return time;
    }
    int n = hold.breaths();
    String breaths = n == 1 ? "1 breath" : n + " breaths";
    return time == null ? about + breaths : breaths + " (" + time + ")";
  }

  private static String mirror(String text) {
    Matcher m = SIDE_WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    while (m.find()) {
      String word = m.group();
      String opposite =
          word.equals("left") ? "right"
              : word.equals("right") ? "left"
              : word.equals("Left") ? "Right"
              : word.equals("Right") ? "Left"
              : word.equals("LEFT") ? "RIGHT"
              : "LEFT";
      m.appendReplacement(out, opposite);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String capitalise(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
