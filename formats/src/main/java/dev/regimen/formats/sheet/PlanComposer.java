package dev.regimen.formats.sheet;

import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.CuePosition;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import java.util.List;

/**
 * Decides what the sheet of a {@link SessionPlan} says and in which order: a timer script. The
 * order: the protocol's title; how long a session takes, as a range, with every assumption of the
 * plan's {@link PlanOptions} stated and how to read the script; then every cue, in order, grouped
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

  /** {@return a guess at the length of the sheet, to size its buffer once} */
  static int estimate(SessionPlan plan) {
    long chars = 3072;
    for (Cue c : plan.cues()) {
      chars += c.text().length() + 40;
    }
    return (int) Math.min(chars, Integer.MAX_VALUE - 16);
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
    w.gap();
    w.listLabel("It is an estimate. Where the routine gives no time of its own, it assumes:");
    assumption("Getting ready before the first exercise", o.leadInSeconds(), "", w);
    assumption("Each step", o.secondsPerStep(), " (a step lasts until you move on)", w);
    assumption("Each breath of a hold given in breaths only", o.secondsPerBreath(), "", w);
    assumption("Rest between repetitions", o.restBetweenRepetitionsSeconds(),
        ", where the routine gives none", w);
    assumption("Rest between sets", o.restBetweenSetsSeconds(),
        ", where the routine gives none", w);
    assumption("Rest between exercises", o.restBetweenExercisesSeconds(), "", w);
    assumption("Pause to switch sides", o.switchSidesSeconds(), "", w);
    w.item(0, 0);
    w.text("Side to start on: ");
    w.text(o.firstSide().displayName());
    w.text(", where the routine names none");
    w.end();

    w.gap();
    w.listLabel("How to read the script:");
    w.item(0, 0);
    w.text("Each cue starts at the time on its left, counted from the start of a session in which"
        + " every repetition is done and every hold is held longest.");
    w.end();
    w.item(0, 0);
    w.text(w.glyphs.openQuote);
    w.text("open");
    w.text(w.glyphs.closeQuote);
    w.text(": the cue lasts until you move on; the seconds in brackets are what the estimate"
        + " counts for it.");
    w.end();
    w.item(0, 0);
    w.text(w.glyphs.openQuote);
    w.text("optional");
    w.text(w.glyphs.closeQuote);
    w.text(": a repetition beyond the fewest asked for, with the rest or pause that leads into"
        + " it; skip it when you do the fewest.");
    w.end();
  }

  private static void assumption(String what, int seconds, String after, SheetWriter w) {
    w.item(0, 0);
    w.text(what);
    w.text(": ");
    w.number(seconds);
    w.text(seconds == 1 ? "\u00A0second" : "\u00A0seconds");
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
        w.gap();
        where(at, cue.optional(), w);
      }
      w.timed(SessionTime.clock(start), width);
      w.data(cue.text());
      // The duration keeps to the cue's last word, so that it never stands alone on a line.
      w.text("\u00A0");
      w.text(w.glyphs.dash);
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

  /** Writes where the script is: "Set 2 of 3, left side, repetition 3 of 2–4 (optional):". */
  private static void where(CuePosition at, boolean optional, SheetWriter w) {
    StringBuilder label = new StringBuilder(64);
    if (at.sets() > 1 && at.set().isPresent()) {
      label.append("Set ").append(at.set().getAsInt()).append(" of ").append(at.sets());
    }
    if (at.side().isPresent()) {
      label.append(label.length() == 0 ? "" : ", ").append(at.side().get().displayName());
      label.append(" side");
    }
    label.append(label.length() == 0 ? "" : ", ").append("repetition ");
    label.append(at.repetition().getAsInt()).append(" of ");
    int min = at.repetitionsMin().getAsInt();
    int max = at.repetitionsMax().getAsInt();
    if (min != max) {
      label.append(min).append(w.glyphs.range);
    }
    label.append(max);
    if (optional) {
      label.append(" (optional)");
    }
    label.append(':');
    label.setCharAt(0, Character.toUpperCase(label.charAt(0)));
    w.listLabel(label.toString());
  }

  /** Writes how long a cue lasts, without a place to break the line: "30 s", "10–30 s", "open (5 s)". */
  private static void duration(CueDuration d, SheetWriter w) {
    if (d.open()) {
      w.text("open\u00A0(");
    }
    if (d.minSeconds() != d.maxSeconds()) {
      w.number(d.minSeconds());
      w.text(w.glyphs.range);
    }
    w.number(d.maxSeconds());
    w.text("\u00A0s");
    if (d.open()) {
      w.text(")");
    }
  }
}
