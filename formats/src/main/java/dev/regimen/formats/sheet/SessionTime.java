package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.PlanAssumption;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionLength;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How long a session takes, in the sheets' words: the estimate a protocol sheet states (from
 * {@link SessionPlan#length(Protocol)}, with the default {@link PlanOptions}), the assumptions it
 * rests on, and times of day on a timer script. Stateless.
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
   * {@return how long one session of a protocol takes with the default options; empty when the
   * protocol asks for so many repetitions that its plan would exceed {@link #MAX_CUES} cues or its
   * seconds an {@code int}}
   */
  static Optional<SessionLength> length(Protocol protocol) {
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
      return Optional.of(SessionPlan.length(protocol));
    } catch (ArithmeticException | ValidationException e) {
      return Optional.empty(); // too long to state: the sheet says nothing of the time
    }
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
   * @param length the protocol's {@link #length(Protocol)}, with the default options
   */
  static void sentence(Protocol protocol, SessionLength length, SheetWording say, SheetWriter w) {
    PlanOptions o = PlanOptions.defaults();
    boolean movement = false; // repetition steps timed by the assumption, for want of a tempo
    boolean steps = false; // steps done once, once a side or to switch sides
    boolean single = false; // a dosage that gives no amount, played as one repetition
    for (ProtocolEntry entry : protocol.entries()) {
      Dosage d = entry.dosage();
      for (Step step : entry.exercise().steps()) {
        if (step.phase() == StepPhase.REPETITION) {
          movement |= d.tempo().isEmpty();
        } else {
          steps |= step.phase() != StepPhase.SWITCH_SIDES || d.sideOrder().isOneSided();
        }
      }
      single |= !d.amountGiven();
    }
    Set<PlanAssumption> used = length.assumptions();
    boolean breaths = used.contains(PlanAssumption.SECONDS_PER_BREATH);
    boolean words = used.contains(PlanAssumption.ASSUMED_HOLD_SECONDS);
    boolean minimum = length.hasAtLeastTimes();
    boolean openSets = used.contains(PlanAssumption.SECONDS_PER_OPEN_SET);
    boolean distances = used.contains(PlanAssumption.SECONDS_PER_KILOMETRE);
    // a rest the options leave out (0 seconds) is no assumption to state
    boolean repetitionRests =
        used.contains(PlanAssumption.REST_BETWEEN_REPETITIONS) && o.restBetweenRepetitionsSeconds() > 0;
    boolean setRests = used.contains(PlanAssumption.REST_BETWEEN_SETS) && o.restBetweenSetsSeconds() > 0;
    boolean switches = used.contains(PlanAssumption.SWITCH_SIDES);
    boolean nextExercises = used.contains(PlanAssumption.REST_BETWEEN_EXERCISES);
    List<SheetWording.Part> stated = new ArrayList<>(12);
    stated.add(seconds("time.counts.leadIn", o.leadInSeconds(), say));
    if (movement) {
      stated.add(seconds("time.counts.movement", o.secondsPerRepetition(), say));
    }
    if (steps) {
      stated.add(seconds(movement ? "time.counts.otherStep" : "time.counts.step", o.secondsPerStep(), say));
    }
    if (breaths) {
      stated.add(seconds("time.counts.breath", o.secondsPerBreath(), say));
    }
    if (words) {
      stated.add(seconds("time.counts.words", o.assumedHoldSeconds(), say));
    }
    if (openSets) {
      stated.add(seconds("time.counts.openSet", o.secondsPerOpenSet(), say));
    }
    if (distances) {
      stated.add(seconds("time.counts.kilometre", o.secondsPerKilometre(), say));
    }
    if (minimum) {
      stated.add(say.phrase("time.counts.minimum"));
    }
    if (repetitionRests) {
      stated.add(rest("time.counts.repetitionRest", o.restBetweenRepetitionsSeconds(), say));
    }
    if (setRests) {
      stated.add(rest("time.counts.setRest", o.restBetweenSetsSeconds(), say));
    }
    if (switches) {
      stated.add(seconds("time.counts.switch", o.switchSidesSeconds(), say));
    }
    if (nextExercises) {
      stated.add(seconds("time.counts.exerciseRest", o.restBetweenExercisesSeconds(), say));
    }
    if (single) {
      stated.add(say.phrase("time.counts.single"));
    }
    long fewest = length.minSeconds();
    long most = length.maxSeconds();
    boolean range = rounded(fewest, most);
    say.phrase(range ? "time.session.range" : "time.session.exact")
        .with("about", out -> approximately(fewest, most, say, out))
        .with("assumptions", say.list(stated))
        .write(w);
  }

  /** {@return whether {@link #approximately} writes a range rather than one number} */
  private static boolean rounded(long minSeconds, long maxSeconds) {
    if (maxSeconds < 120) {
      return minSeconds != maxSeconds;
    }
    return Math.max(1, (minSeconds + 30) / 60) != Math.max(1, (maxSeconds + 30) / 60);
  }

  /** {@return an assumption of some time: "5 seconds for each step", "12 minutes for each kilometre"} */
  private static SheetWording.Part seconds(String key, int seconds, SheetWording say) {
    return say.phrase(key).with("duration", say.durationPhrase(seconds));
  }

  /** {@return an assumed rest: "5 seconds' rest between repetitions", "1 minute's rest ..."} */
  private static SheetWording.Part rest(String key, int seconds, SheetWording say) {
    int n = seconds >= 60 && seconds % 60 == 0 ? seconds / 60 : seconds;
    return say.phrase(key, n).with("duration", say.durationPhrase(seconds));
  }
}
