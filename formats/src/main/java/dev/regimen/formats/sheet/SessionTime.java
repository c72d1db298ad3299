package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long a session takes, in the sheets' words: the estimate a protocol sheet states (from
 * {@link SessionPlan#of(Protocol)} with the default {@link PlanOptions}), the assumptions it rests
 * on, and times of day on a timer script. Stateless.
 */
final class SessionTime {
  /**
   * The most cues a protocol sheet expands a protocol into to state its time: far beyond any
   * routine a person follows, and small enough that a protocol asking for a million repetitions
   * still renders at once (its sheet then states no time).
   */
  static final long MAX_CUES = 100_000;

  private SessionTime() {}

  /**
   * {@return the plan of one session of a protocol with the default options; empty when the
   * protocol asks for so many repetitions that the plan would exceed {@link #MAX_CUES} cues or its
   * seconds an {@code int}}
   */
  static Optional<SessionPlan> plan(Protocol protocol) {
    long cues = 1;
    for (ProtocolEntry entry : protocol.entries()) {
      Dosage d = entry.dosage();
      long perRepetition = entry.exercise().steps().size() + 3L;
      int repetitions = d.repetitions().map(r -> r.max()).orElse(1);
      cues += 1 + (long) d.sets().max() * 2L * repetitions * perRepetition;
      if (cues > MAX_CUES) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(SessionPlan.of(protocol));
    } catch (ArithmeticException | ValidationException e) {
      return Optional.empty(); // too long to state: the sheet says nothing of the time
    }
  }

  /**
   * Writes a range of seconds the way a person says a session's length: "about 40–95 seconds"
   * under two minutes, else "about 7–11 minutes", each end rounded to the nearest minute (at least
   * one), and one number when both ends come to it.
   *
   * @return whether a range was written, not one number
   */
  static boolean approximately(long minSeconds, long maxSeconds, SheetWriter w) {
    w.text("about ");
    if (maxSeconds < 120) {
      return range(minSeconds, maxSeconds, maxSeconds == 1 ? "\u00A0second" : "\u00A0seconds", w);
    }
    long min = Math.max(1, (minSeconds + 30) / 60);
    long max = Math.max(1, (maxSeconds + 30) / 60);
    return range(min, max, max == 1 ? "\u00A0minute" : "\u00A0minutes", w);
  }

  private static boolean range(long min, long max, String unit, SheetWriter w) {
    if (min != max) {
      w.text(Long.toString(min));
      w.text(w.glyphs.range);
    }
    w.text(Long.toString(max));
    w.text(unit);
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
   * assumptions the plan of this protocol uses, such as "10 seconds to get ready, 5 seconds for
   * each step and 15 seconds between exercises".
   */
  static void sentence(Protocol protocol, SessionPlan plan, SheetWriter w) {
    w.text("A session takes ");
    if (approximately(plan.minSeconds(), plan.maxSeconds(), w)) {
      w.text(", from the fewest repetitions to the most");
    }
    w.text(". This is an estimate: it counts ");
    PlanOptions o = plan.options();
    List<Cue> cues = plan.cues();
    boolean steps = false;
    boolean breaths = false;
    boolean repetitionRests = false;
    boolean setRests = false;
    for (int i = 0; i < cues.size(); i++) {
      Cue c = cues.get(i);
      if (c.kind() == CueKind.STEP) {
        steps = true;
      } else if (c.kind() == CueKind.HOLD) {
        breaths |= c.duration().open();
      } else if (c.kind() == CueKind.REST) {
        // A rest that starts a set stands in another set than the cue before it.
        Dosage d = protocol.entries().get(c.position().entryIndex()).dosage();
        if (cues.get(i - 1).position().set().equals(c.position().set())) {
          repetitionRests |= d.restSeconds().isEmpty();
        } else {
          setRests |= d.restBetweenSetsSeconds().isEmpty();
        }
      }
    }
    List<Assumption> stated = new ArrayList<>(7);
    stated.add(new Assumption(o.leadInSeconds(), false, "to get ready"));
    if (steps) {
      stated.add(new Assumption(o.secondsPerStep(), false, "for each step"));
    }
    if (breaths) {
      stated.add(new Assumption(o.secondsPerBreath(), false, "for each breath of a hold"));
    }
    if (repetitionRests) {
      stated.add(new Assumption(o.restBetweenRepetitionsSeconds(), true, "between repetitions"));
    }
    if (setRests) {
      stated.add(new Assumption(o.restBetweenSetsSeconds(), true, "between sets"));
    }
    if (!plan.cues(CueKind.SWITCH_SIDES).isEmpty()) {
      stated.add(new Assumption(o.switchSidesSeconds(), false, "to switch sides"));
    }
    if (!plan.cues(CueKind.NEXT_EXERCISE).isEmpty()) {
      stated.add(new Assumption(o.restBetweenExercisesSeconds(), false, "between exercises"));
    }
    for (int i = 0; i < stated.size(); i++) {
      if (i > 0) {
        w.text(i == stated.size() - 1 ? " and " : ", ");
      }
      Assumption a = stated.get(i);
      w.number(a.seconds);
      if (a.rest) {
        w.text(a.seconds == 1 ? "\u00A0second's rest " : "\u00A0seconds' rest ");
      } else {
        w.text(a.seconds == 1 ? "\u00A0second " : "\u00A0seconds ");
      }
      w.text(a.words);
    }
    w.text(".");
  }

  /** One assumption a session's time rests on, as the sentence states it. */
  private static final class Assumption {
    final int seconds;
    final boolean rest;
    final String words;

    Assumption(int seconds, boolean rest, String words) {
      this.seconds = seconds;
      this.rest = rest;
      this.words = words;
    }
  }
}
