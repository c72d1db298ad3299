package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.CuePosition;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the sheet of a {@link SessionPlan} says and in which order: a timer script. The
 * order: the protocol's title; how long a session takes, as a range, with the assumptions of the
 * plan's {@link PlanOptions} its cues can rest on and how to read the script; then every cue, in order, grouped
 * by exercise and by repetition, each with the time it starts at and how long it lasts. Stateless.
 *
 * <p>A cue starts when the cues before it have run for their longest: the times are those of a
 * session in which every repetition is done and every hold held longest, open cues counted by the
 * options' assumptions.
 */
final class PlanComposer {
  private PlanComposer() {}

  static void compose(SessionPlan plan, SheetWriter w) {
    w.title(plan.protocolName());
    overview(plan, w);
    cues(plan, w);
    w.finish();
  }

  // ---------------------------------------------------------------- overview

  private static void overview(SessionPlan plan, SheetWriter w) {
    w.section("Session timer script");
    w.paragraph();
    w.text("The cues a timer or coaching app plays for one session of this routine, in order.");
    w.end();

    w.gap();
    w.labelled("How long");
    w.text("A session takes ");
    SessionTime.approximately(plan.minSeconds(), plan.maxSeconds(), w);
    w.text(" (");
    w.text(SessionTime.clock(plan.minSeconds()));
    if (plan.minSeconds() != plan.maxSeconds()) {
      w.text(" to ");
      w.text(SessionTime.clock(plan.maxSeconds()));
      w.text("), from the fewest repetitions and the shortest holds to the most and the longest.");
    } else {
      w.text(").");
    }
    w.end();

    PlanOptions o = plan.options();
    Uses uses = new Uses(plan);
    w.gap();
    w.listLabel("It is an estimate. Where the routine gives no time of its own, it assumes:");
    assumption("Getting ready before the first exercise", o.leadInSeconds(), "", w);
    assumption("The movement of each repetition", o.secondsPerRepetition(),
        ", where the routine gives no tempo", w);
    assumption("Each other step", o.secondsPerStep(), " (a step lasts until you move on)", w);
    if (uses.breaths) {
      assumption("Each breath of a hold given in breaths only", o.secondsPerBreath(), "", w);
    }
    if (uses.words) {
      assumption("A hold given only in words", o.assumedHoldSeconds(), "", w);
    }
    if (uses.openWork) {
      assumption("A set of as many as you can, without a time", o.secondsPerOpenSet(), "", w);
      assumption("Each kilometre of a distance", o.secondsPerKilometre(), "", w);
    }
    if (uses.repetitionRests) {
      assumption("Rest between repetitions", o.restBetweenRepetitionsSeconds(),
          ", where the routine gives none and a repetition holds a position", w);
    }
    if (uses.sets) {
      assumption("Rest between sets", o.restBetweenSetsSeconds(),
          ", where the routine gives none", w);
    }
    if (uses.exercises) {
      assumption("Rest between exercises", o.restBetweenExercisesSeconds(), "", w);
    }
    if (uses.switches) {
      assumption("Pause to switch sides", o.switchSidesSeconds(), "", w);
    }
    if (uses.minimum) {
      w.item(0, 0);
      w.text("A time given only as a minimum (");
      w.quoted("10 or more seconds");
      w.text("): the minimum");
      w.end();
    }
    // The plan does not say which dosage gave no number, so this is always said.
    w.item(0, 0);
    w.text("Repetitions, where the routine gives no number: one (ask your clinician how many to"
        + " do)");
    w.end();
    if (uses.sides) {
      w.item(0, 0);
      w.text("Side to start on: ");
      w.text(o.firstSide().displayName());
      w.text(", where the routine names none");
      w.end();
    }

    w.gap();
    w.listLabel("How to read the script:");
    w.item(0, 0);
    w.text("Each cue starts at the time on its left, counted from the start of a session in which"
        + " every repetition is done and every hold is held longest.");
    w.end();
    w.item(0, 0);
    w.quoted("open");
    w.text(": the cue lasts until you move on; the seconds in brackets are what the estimate"
        + " counts for it.");
    w.end();
    w.item(0, 0);
    w.quoted("optional");
    w.text(": a repetition beyond the fewest asked for, with the rest or pause that leads into"
        + " it; skip it when you do the fewest.");
    w.end();
  }

  /**
   * What a plan's cues show of the assumptions it may rest on, so that the sheet states only those
   * that can apply: a hold in breaths only or in words only, a minimum, a set of work without a
   * time (as many as you can, a distance), rests between repetitions, several sets, several
   * exercises, sides.
   */
  private static final class Uses {
    boolean breaths;
    boolean words;
    boolean minimum;
    boolean openWork;
    boolean repetitionRests;
    boolean sets;
    boolean exercises;
    boolean switches;
    boolean sides;

    Uses(SessionPlan plan) {
      List<Cue> cues = plan.cues();
      for (int i = 0; i < cues.size(); i++) {
        Cue c = cues.get(i);
        CuePosition at = c.position();
        sets |= at.sets() > 1;
        sides |= at.side().isPresent();
        switch (c.kind()) {
          case HOLD:
            Optional<Hold> hold = c.hold();
            if (hold.isPresent()) {
              Hold h = hold.get();
              breaths |= h.seconds().isEmpty() && h.breaths().isPresent();
              words |= !h.hasNumbers();
              minimum |= h.orMore() && h.hasNumbers();
            }
            break;
          case WORK:
            // a duration given only as a minimum is one of these too: the cue does not say
            openWork |= c.duration().open();
            minimum |= !c.duration().open();
            break;
          case REST:
            repetitionRests |= i > 0 && cues.get(i - 1).position().set().equals(at.set());
            break;
          case SWITCH_SIDES:
            switches = true;
            break;
          case NEXT_EXERCISE:
            exercises = true;
            break;
          default:
            break;
        }
      }
    }
  }

  private static void assumption(String what, int seconds, String after, SheetWriter w) {
    w.item(0, 0);
    w.text(what);
    w.text(": ");
    SheetComposer.duration(seconds, w);
    w.text(after);
    w.end();
  }

  // ---------------------------------------------------------------- the cues

  private static void cues(SessionPlan plan, SheetWriter w) {
    List<Cue> cues = plan.cues();
    w.section("The cues");
    int exercises = cues.get(cues.size() - 1).position().entryIndex() + 1;
    int width = SessionTime.clock(plan.maxSeconds()).length();
    long start = 0;
    CuePosition previous = null;
    for (Cue cue : cues) {
      CuePosition at = cue.position();
      if (previous == null || previous.entryIndex() != at.entryIndex()) {
        w.subsection("Exercise " + (at.entryIndex() + 1) + " of " + exercises);
        w.gap();
      } else if (at.repetition().isPresent() && !samePlace(previous, at)) {
        String label = where(at, cue.optional());
        if (label != null) {
          w.gap();
          w.listLabel(label);
        }
      } else if (at.repetition().isEmpty() && previous.repetition().isPresent()) {
        w.gap();
        w.listLabel("To finish:");
      }
      w.timed(SessionTime.clock(start), width);
      w.data(cue.text());
      // The duration keeps to the cue's last word, so that it never stands alone on a line.
      w.text("\u00A0");
      w.text(SheetComposer.DASH);
      w.text("\u00A0");
      duration(cue.duration(), w);
      w.end();
      previous = at;
      start += cue.maxSeconds();
    }
    w.gap();
    w.timed(SessionTime.clock(start), width);
    w.text("End of the session.");
    w.end();
  }

  /** {@return whether two positions are in the same repetition of the same set and side} */
  private static boolean samePlace(CuePosition a, CuePosition b) {
    return a.set().equals(b.set())
        && a.side().equals(b.side())
        && a.repetition().equals(b.repetition());
  }

  /**
   * Writes where the script is: "Set 2 of 3, left side, repetition 3 of 2–4 (optional):"; a set,
   * a side or a repetition that is the only one is not named ("Left side:" for a set played once
   * on each side).
   *
   * @return the label, or null where nothing is left to name
   */
  private static String where(CuePosition at, boolean optional) {
    StringBuilder label = new StringBuilder(64);
    if (at.sets() > 1 && at.set().isPresent()) {
      label.append("Set ").append(at.set().getAsInt()).append(" of ").append(at.sets());
    }
    if (at.side().isPresent()) {
      label.append(label.length() == 0 ? "" : ", ").append(at.side().get().displayName());
      label.append(" side");
    }
    int min = at.repetitionsMin().getAsInt();
    int max = at.repetitionsMax().getAsInt();
    if (max > 1 || min != max) {
      label.append(label.length() == 0 ? "" : ", ").append("repetition ");
      label.append(at.repetition().getAsInt()).append(" of ");
      if (min != max) {
        label.append(min).append(SheetComposer.RANGE);
      }
      label.append(max);
    }
    if (label.length() == 0) {
      return null;
    }
    if (optional) {
      label.append(" (optional)");
    }
    label.append(':');
    label.setCharAt(0, Character.toUpperCase(label.charAt(0)));
    return label.toString();
  }

  /**
   * Writes how long a cue lasts, without a place to break the line: "30 s", "10–30 s", "open (5
   * s)"; in minutes from two minutes on, where both ends are whole minutes: "30 min", "20–30 min".
   */
  private static void duration(CueDuration d, SheetWriter w) {
    if (d.open()) {
      w.text("open\u00A0(");
    }
    boolean minutes = d.maxSeconds() >= 120 && d.minSeconds() % 60 == 0 && d.maxSeconds() % 60 == 0;
    int unit = minutes ? 60 : 1;
    if (d.minSeconds() != d.maxSeconds()) {
      w.number(d.minSeconds() / unit);
      w.text(SheetComposer.RANGE);
    }
    w.number(d.maxSeconds() / unit);
    w.text(minutes ? "\u00A0min" : "\u00A0s");
    if (d.open()) {
      w.text(")");
    }
  }
}
