package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Hold;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.CuePosition;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import java.util.ArrayList;
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
 *
 * <p>Every word of its own comes from the {@link SheetWording} it is given; a cue's text is the
 * plan's, said again in the wording's language by {@link CueWording}.
 */
final class PlanComposer {
  private PlanComposer() {}

  static void compose(SessionPlan plan, SheetWording say, SheetWriter w) {
    w.title(plan.protocolName());
    overview(plan, say, w);
    cues(plan, say, w);
    w.finish();
  }

  // ---------------------------------------------------------------- overview

  private static void overview(SessionPlan plan, SheetWording say, SheetWriter w) {
    w.section(say.text("plan.overview"));
    w.paragraph();
    w.text(say.text("plan.intro"));
    w.end();

    w.gap();
    w.labelled(say.text("plan.howLong"));
    SheetWording.Part about =
        out -> SessionTime.approximately(plan.minSeconds(), plan.maxSeconds(), say, out);
    if (plan.minSeconds() != plan.maxSeconds()) {
      say.phrase("plan.howLong.range")
          .with("about", about)
          .with("shortest", SessionTime.clock(plan.minSeconds()))
          .with("longest", SessionTime.clock(plan.maxSeconds()))
          .write(w);
    } else {
      say.phrase("plan.howLong.exact")
          .with("about", about)
          .with("time", SessionTime.clock(plan.minSeconds()))
          .write(w);
    }
    w.end();

    PlanOptions o = plan.options();
    Uses uses = new Uses(plan);
    w.gap();
    w.listLabel(say.text("plan.assumes"));
    assumption("plan.assume.leadIn", o.leadInSeconds(), say, w);
    assumption("plan.assume.movement", o.secondsPerRepetition(), say, w);
    assumption("plan.assume.step", o.secondsPerStep(), say, w);
    if (uses.breaths) {
      assumption("plan.assume.breath", o.secondsPerBreath(), say, w);
    }
    if (uses.words) {
      assumption("plan.assume.words", o.assumedHoldSeconds(), say, w);
    }
    if (uses.openWork) {
      assumption("plan.assume.openSet", o.secondsPerOpenSet(), say, w);
      assumption("plan.assume.kilometre", o.secondsPerKilometre(), say, w);
    }
    if (uses.repetitionRests) {
      assumption("plan.assume.repetitionRest", o.restBetweenRepetitionsSeconds(), say, w);
    }
    if (uses.sets) {
      assumption("plan.assume.setRest", o.restBetweenSetsSeconds(), say, w);
    }
    if (uses.exercises) {
      assumption("plan.assume.exerciseRest", o.restBetweenExercisesSeconds(), say, w);
    }
    if (uses.switches) {
      assumption("plan.assume.switch", o.switchSidesSeconds(), say, w);
    }
    if (uses.minimum) {
      w.item(0, 0);
      say.phrase("plan.assume.minimum")
          .with("example", SheetWording.quoted(say.text("plan.assume.minimum.example")))
          .write(w);
      w.end();
    }
    // The plan does not say which dosage gave no number, so this is always said.
    w.item(0, 0);
    w.text(say.text("plan.assume.repetitions"));
    w.end();
    if (uses.sides) {
      w.item(0, 0);
      say.phrase("plan.assume.side")
          .with("side", say.text("side." + o.firstSide().displayName()))
          .write(w);
      w.end();
    }

    w.gap();
    w.listLabel(say.text("plan.reading"));
    w.item(0, 0);
    w.text(say.text("plan.reading.time"));
    w.end();
    w.item(0, 0);
    say.phrase("plan.reading.open")
        .with("open", SheetWording.quoted(say.text("plan.word.open")))
        .write(w);
    w.end();
    w.item(0, 0);
    say.phrase("plan.reading.optional")
        .with("optional", SheetWording.quoted(say.text("plan.word.optional")))
        .write(w);
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

  private static void assumption(String key, int seconds, SheetWording say, SheetWriter w) {
    w.item(0, 0);
    say.phrase(key).with("duration", out -> say.duration(seconds, out)).write(w);
    w.end();
  }

  // ---------------------------------------------------------------- the cues

  private static void cues(SessionPlan plan, SheetWording say, SheetWriter w) {
    List<Cue> cues = plan.cues();
    w.section(say.text("plan.cues"));
    int exercises = cues.get(cues.size() - 1).position().entryIndex() + 1;
    int width = SessionTime.clock(plan.maxSeconds()).length();
    long start = 0;
    CuePosition previous = null;
    for (Cue cue : cues) {
      CuePosition at = cue.position();
      if (previous == null || previous.entryIndex() != at.entryIndex()) {
        w.subsection(
            say.phrase("plan.exercise")
                .with("number", at.entryIndex() + 1)
                .with("count", exercises)
                .text());
        w.gap();
      } else if (at.repetition().isPresent() && !samePlace(previous, at)) {
        String label = where(at, cue.optional(), say);
        if (label != null) {
          w.gap();
          w.listLabel(label);
        }
      } else if (at.repetition().isEmpty() && previous.repetition().isPresent()) {
        w.gap();
        w.listLabel(say.text("plan.toFinish"));
      }
      w.timed(SessionTime.clock(start), width);
      CueWording.write(cue, say, w);
      // The duration keeps to the cue's last word, so that it never stands alone on a line.
      w.text("\u00A0");
      w.text(SheetComposer.DASH);
      w.text("\u00A0");
      duration(cue.duration(), say, w);
      w.end();
      previous = at;
      start += cue.maxSeconds();
    }
    w.gap();
    w.timed(SessionTime.clock(start), width);
    w.text(say.text("plan.end"));
    w.end();
  }

  /** {@return whether two positions are in the same repetition of the same set and side} */
  private static boolean samePlace(CuePosition a, CuePosition b) {
    return a.set().equals(b.set())
        && a.side().equals(b.side())
        && a.repetition().equals(b.repetition());
  }

  /**
   * Says where the script is: "Set 2 of 3, left side, repetition 3 of 2–4 (optional):"; a set,
   * a side or a repetition that is the only one is not named ("Left side:" for a set played once
   * on each side).
   *
   * @return the label, or null where nothing is left to name
   */
  private static String where(CuePosition at, boolean optional, SheetWording say) {
    List<String> parts = new ArrayList<>(3);
    if (at.sets() > 1 && at.set().isPresent()) {
      parts.add(
          say.phrase("plan.where.set")
              .with("set", at.set().getAsInt())
              .with("sets", at.sets())
              .text());
    }
    if (at.side().isPresent()) {
      parts.add(say.text("plan.where." + at.side().get().displayName()));
    }
    int min = at.repetitionsMin().getAsInt();
    int max = at.repetitionsMax().getAsInt();
    if (max > 1 || min != max) {
      parts.add(
          say.phrase("plan.where.repetition")
              .with("repetition", at.repetition().getAsInt())
              .with("count", min != max ? min + SheetComposer.RANGE + max : Integer.toString(max))
              .text());
    }
    if (parts.isEmpty()) {
      return null;
    }
    String label =
        say.phrase(optional ? "plan.where.optional" : "plan.where.label")
            .with("where", String.join(", ", parts))
            .text();
    return SheetWording.capitalize(label);
  }

  /**
   * Writes how long a cue lasts, without a place to break the line: "30 s", "10–30 s", "open (5
   * s)"; in minutes from two minutes on, where both ends are whole minutes: "30 min", "20–30 min".
   */
  private static void duration(CueDuration d, SheetWording say, SheetWriter w) {
    boolean minutes = d.maxSeconds() >= 120 && d.minSeconds() % 60 == 0 && d.maxSeconds() % 60 == 0;
    int unit = minutes ? 60 : 1;
    SheetWording.Phrase time =
        say.phrase(minutes ? "plan.cue.minutes" : "plan.cue.seconds")
            .with("amount", out -> {
              if (d.minSeconds() != d.maxSeconds()) {
                out.number(d.minSeconds() / unit);
                out.text(SheetComposer.RANGE);
              }
              out.number(d.maxSeconds() / unit);
            });
    if (d.open()) {
      say.phrase("plan.cue.open").with("time", time).write(w);
    } else {
      time.write(w);
    }
  }
}
