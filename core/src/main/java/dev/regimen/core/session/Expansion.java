package dev.regimen.core.session;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import java.util.ArrayList;
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
  private final List<Cue> cues = new ArrayList<>();

  Expansion(PlanOptions options) {
    this.options = options;
    this.stepDuration = CueDuration.open(options.secondsPerStep());
  }

  /**
   * One repetition on one side (or on none): its number, the counts it is numbered against, and
   * whether it lies beyond the fewest.
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

  List<Cue> cues(Protocol protocol) {
    List<ProtocolEntry> entries = protocol.entries();
    for (int i = 0; i < entries.size(); i++) {
      entry(i, entries.get(i));
    }
    return List.copyOf(cues);
  }

  private void entry(int index, ProtocolEntry entry) {
    Exercise exercise = entry.exercise();
    Dosage dosage = entry.dosage();
    CuePosition at =
        CuePosition.builder()
            .entryIndex(index)
            .exerciseId(exercise.id())
            .sets(dosage.sets())
            .build();
    String introduction = exercise.name() + ". " + exercise.startingPosition();
    if (index == 0) {
      add(
          CueKind.LEAD_IN,
          "Get ready: " + introduction,
          CueDuration.exact(options.leadInSeconds()),
          at,
          false);
    } else {
      int rest = options.restBetweenExercisesSeconds();
      add(
          CueKind.NEXT_EXERCISE,
          (rest > 0 ? restFor(rest) + " " : "") + "Next: " + introduction,
          CueDuration.exact(rest),
          at,
          false);
    }

    Side first = dosage.firstSide().orElse(options.firstSide());
    List<Bout> bouts = boutsOfOneSet(dosage, first);
    Script[] scripts = new Script[3]; // no side, the first side, the other side
    for (int set = 1; set <= dosage.sets(); set++) {
      for (int b = 0; b < bouts.size(); b++) {
        Bout bout = bouts.get(b);
        CuePosition where = position(at, set, bout);
        if (b == 0) {
          if (set > 1) {
            int rest = dosage.restBetweenSetsSeconds().orElse(options.restBetweenSetsSeconds());
            if (rest > 0) {
              add(
                  CueKind.REST,
                  restFor(rest) + " Next: set " + set + " of " + dosage.sets()
                      + bout.side.map(s -> ", " + side(s)).orElse("") + ".",
                  CueDuration.exact(rest),
                  where,
                  false);
            }
          }
        } else if (bouts.get(b - 1).side.equals(Optional.of(first))
            && bout.side.equals(Optional.of(first.opposite()))) {
          add(
              CueKind.SWITCH_SIDES,
              "Switch sides. Next: " + next(bout) + ".",
              CueDuration.exact(options.switchSidesSeconds()),
              where,
              bout.optional());
        } else {
          int rest = dosage.restSeconds().orElse(options.restBetweenRepetitionsSeconds());
          if (rest > 0) {
            add(
                CueKind.REST,
                restFor(rest) + " Next: " + next(bout) + ".",
                CueDuration.exact(rest),
                where,
                bout.optional());
          }
        }
        repetition(exercise, dosage, script(scripts, exercise, dosage, bout.side, first), where, bout.optional());
      }
    }
  }

  /**
   * What one repetition says on one side (or on none): the step texts and hold texts are the same
   * for every repetition, so they are made once per entry and side and shared by the cues.
   */
  private static final class Script {
    final String[] steps;
    final String[] holds;
    final String dosageHold;

    Script(Exercise exercise, Dosage dosage, Optional<Side> side, Side first) {
      String prefix = side.map(s -> capitalise(side(s)) + ": ").orElse("");
      boolean mirrored = side.isPresent() && side.get() != first;
      List<Step> all = exercise.steps();
      steps = new String[all.size()];
      holds = new String[all.size()];
      boolean stepHolds = false;
      for (int i = 0; i < all.size(); i++) {
        Step step = all.get(i);
        steps[i] = prefix + (mirrored ? mirror(step.text()) : step.text());
        if (step.hold().isPresent()) {
          stepHolds = true;
          holds[i] = holdText(dosage.hold().orElse(step.hold().get()), prefix);
        }
      }
      dosageHold = !stepHolds && dosage.hold().isPresent() ? holdText(dosage.hold().get(), prefix) : null;
    }
  }

  /** The steps of one repetition, each hold placed by the rule {@link SessionPlan} states. */
  private void repetition(
      Exercise exercise, Dosage dosage, Script script, CuePosition where, boolean optional) {
    List<Step> steps = exercise.steps();
    for (int i = 0; i < steps.size(); i++) {
      add(CueKind.STEP, script.steps[i], stepDuration, where, optional);
      if (script.holds[i] != null) {
        Hold hold = dosage.hold().orElse(steps.get(i).hold().get());
        hold(hold, script.holds[i], where, optional);
      }
    }
    if (script.dosageHold != null) {
      hold(dosage.hold().get(), script.dosageHold, where, optional);
    }
  }

  /**
   * The step as said for the other side: steps are written for the first side ("extend your right
   * leg"), so on the other side every "left" becomes "right" and every "right" "left", in the
   * same case.
   */
  static String mirror(String text) {
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
    String words = "hold " + hold.wording().orElseGet(() -> "for " + describe(hold));
    return prefix.isEmpty() ? capitalise(words) : prefix + words;
  }

  private void hold(Hold hold, String text, CuePosition where, boolean optional) {
    CueDuration duration;
    if (hold.seconds().isPresent()) {
      int min = hold.seconds().getAsInt();
      duration = CueDuration.between(min, hold.maxSeconds().orElse(min));
    } else {
      int breaths = hold.breaths().getAsInt();
      duration = CueDuration.open(Math.multiplyExact(breaths, options.secondsPerBreath()));
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
    cues.add(
        Cue.builder()
            .kind(kind)
            .text(text)
            .duration(duration)
            .position(where)
            .optional(optional)
            .build());
  }

  private Script script(
      Script[] scripts, Exercise exercise, Dosage dosage, Optional<Side> side, Side first) {
    int slot = side.isEmpty() ? 0 : side.get() == first ? 1 : 2;
    if (scripts[slot] == null) {
      scripts[slot] = new Script(exercise, dosage, side, first);
    }
    return scripts[slot];
  }

  /** The repetitions of one set, in the order they are played. */
  private static List<Bout> boutsOfOneSet(Dosage dosage, Side first) {
    Repetitions reps = dosage.repetitions();
    int min = reps.min();
    int max = reps.max();
    boolean total = reps.basis() == RepetitionBasis.TOTAL;
    Optional<Side> one = Optional.of(first);
    Optional<Side> other = Optional.of(first.opposite());
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

  /** "left side, repetition 2 of 2 to 4", or "repetition 2 of 3" without sides. */
  private static String next(Bout bout) {
    String count = bout.min == bout.max ? "" + bout.max : bout.min + " to " + bout.max;
    String repetition = "repetition " + bout.repetition + " of " + count;
    return bout.side.map(s -> side(s) + ", " + repetition).orElse(repetition);
  }

  private static String side(Side side) {
    return side.displayName() + " side";
  }

  private static String restFor(int seconds) {
    return "Rest for " + seconds(seconds) + ".";
  }

  private static String seconds(int seconds) {
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  /** "about 30 seconds", "10 to 30 seconds", "about 5 breaths", "3 breaths (about 5 seconds)". */
  private static String describe(Hold hold) {
    String about = hold.approximate() ? "about " : "";
    String time = null;
    if (hold.seconds().isPresent()) {
      int min = hold.seconds().getAsInt();
      int max = hold.maxSeconds().orElse(min);
      time = about + (min == max ? seconds(min) : min + " to " + seconds(max));
    }
    if (hold.breaths().isEmpty()) {
      return time;
    }
    int n = hold.breaths().getAsInt();
    String breaths = n == 1 ? "1 breath" : n + " breaths";
    return time == null ? about + breaths : breaths + " (" + time + ")";
  }

  private static String capitalise(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
