package dev.regimen.formats.sheet;

import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Effort;
import dev.regimen.core.dosage.EffortScale;
import dev.regimen.core.dosage.Load;
import dev.regimen.core.dosage.LoadUnit;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.Tempo;
import dev.regimen.core.dosage.TimeRange;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Says an exercise's dosage in plain words: how long to hold, how many times, on which sides, how
 * many sets with which rests, with what load, how often, how hard and how fast, in the source's
 * words where it has them. Stateless.
 */
final class DoseWording {
  private DoseWording() {}

  /**
   * Writes an exercise's dosage as labelled lines in plain words: "How much" (its hold, its
   * amount, its load, the side to start with, sets and rests), then, where the dosage says them,
   * "How often", "How hard", "How fast" and the note, less what the sheet says already.
   */
  static void dosage(Exercise e, Dosage d, SheetWriter w) {
    w.labelled("How much");
    Optional<Hold> hold = d.hold();
    if (hold.isEmpty()) {
      hold = stepHold(e);
    }
    if (hold.isPresent()) {
      hold(hold.get(), w);
      w.text(" ");
    }
    amount(d, noHoldSaid(e, d), w);
    if (d.load().isPresent()) {
      w.text(" ");
      load(d.load().get(), w);
    }
    if (d.firstSide().isPresent()) {
      w.text(" Start with your ");
      w.text(d.firstSide().get().displayName());
      w.text(" side.");
    }
    if (d.sets().max() > 1) {
      w.text(" Do ");
      w.number(d.sets().min());
      if (!d.sets().isExact()) {
        w.text(SheetComposer.RANGE);
        w.number(d.sets().max());
      }
      w.text("\u00A0sets");
      if (d.restBetweenSetsSeconds().isPresent()) {
        w.text(", resting ");
        duration(d.restBetweenSetsSeconds().get(), w);
        w.text(" between sets");
      }
      w.text(".");
    } else if (d.restBetweenSetsSeconds().isPresent()) {
      w.text(" Rest ");
      duration(d.restBetweenSetsSeconds().get(), w);
      w.text(" between sets.");
    }
    if (d.restSeconds().isPresent()) {
      Range rest = d.restSeconds().get();
      if (rest.max() == 0) {
        w.text(" Go straight on to the next repetition, without a rest.");
      } else {
        w.text(" Rest ");
        duration(rest, w);
        w.text(" between repetitions.");
      }
    }
    w.end();

    if (d.frequency().isPresent() || d.programmeWeeks().isPresent()) {
      w.labelled("How often");
      if (d.frequency().isPresent()) {
        frequency(d.frequency().get(), w);
        if (d.programmeWeeks().isPresent()) {
          w.text(", ");
        }
      }
      if (d.programmeWeeks().isPresent()) {
        int weeks = d.programmeWeeks().getAsInt();
        w.text(d.frequency().isPresent() ? "for " : "keep it up for ");
        w.number(weeks);
        w.text(weeks == 1 ? "\u00A0week" : "\u00A0weeks");
      }
      w.text(".");
      w.end();
    }
    if (d.intensity().isPresent() || d.effort().isPresent()) {
      w.labelled("How hard");
      if (d.intensity().isPresent()) {
        String words = d.intensity().get().description();
        w.data(words);
        if (d.effort().isPresent()) {
          endSentence(words, w);
          w.text(" ");
        }
      }
      if (d.effort().isPresent()) {
        effort(d.effort().get(), d.intensity().isPresent(), w);
      }
      w.end();
    }
    if (d.tempo().isPresent()) {
      w.labelled("How fast");
      tempo(d.tempo().get(), w);
      w.end();
    }
    Optional<String> note = d.notes().flatMap(n -> unsaid(n, e, d));
    if (note.isPresent()) {
      w.labelled("Note");
      w.data(note.get());
      w.end();
    }
  }

  /**
   * {@return the sentences of a dosage's note that the sheet does not say already, if any} A
   * sentence is said already when it is a step's sentence ("Breathe and switch sides."), when it
   * only says how many times to repeat, with the numbers and sides of "How much" ("Repeat this two
   * to four times on one side, then repeat on the other."), or when it only says that the source
   * gives no hold time or no number of repetitions, where "How much" says so.
   */
  private static Optional<String> unsaid(String note, Exercise e, Dosage d) {
    StringBuilder kept = new StringBuilder(note.length());
    for (String sentence : Restatements.sentences(note)) {
      boolean said = d.repetitions().isPresent()
          && Restatements.onlyCounts(sentence, d.repetitions().get(), d.sideOrder());
      said |= Restatements.onlySaysNoNumber(sentence, noHoldSaid(e, d), !d.amountGiven());
      for (Step s : e.steps()) {
        said |= Restatements.isASentenceOf(s.text(), sentence);
      }
      if (!said) {
        if (kept.length() > 0) {
          kept.append(' ');
        }
        kept.append(sentence);
      }
    }
    return kept.length() == 0 ? Optional.empty() : Optional.of(kept.toString());
  }

  /**
   * {@return whether "How much" says that the source gives no hold time: for a stretch whose
   * dosage gives neither a hold nor an amount}
   */
  private static boolean noHoldSaid(Exercise e, Dosage d) {
    return !d.amountGiven() && d.hold().isEmpty() && stepHold(e).isEmpty()
        && e.kind() == ExerciseKind.STRETCH;
  }

  /** {@return the hold of the one repetition step that holds, when exactly one does} */
  private static Optional<Hold> stepHold(Exercise e) {
    Optional<Hold> found = Optional.empty();
    for (Step s : e.steps()) {
      if (s.phase() == StepPhase.REPETITION && s.hold().isPresent()) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = s.hold();
      }
    }
    return found;
  }

  /**
   * Writes a hold as a sentence: in the source's words when it has them ("Hold for a few
   * breaths (around five seconds)."), else from its numbers ("Hold 10–30 seconds.", "Hold 10 or
   * more seconds.", "Hold for 3–5 breaths.").
   */
  private static void hold(Hold h, SheetWriter w) {
    if (h.wording().isPresent()) {
      String wording = h.wording().get();
      if (startsWithWord(wording, "hold") || startsWithWord(wording, "pause")) {
        w.dataCapitalized(wording);
      } else {
        w.text(needsFor(wording) ? "Hold for " : "Hold ");
        w.data(wording);
      }
      endSentence(wording, w);
      return;
    }
    w.text("Hold ");
    if (h.breaths().isPresent()) {
      int b = h.breaths().getAsInt();
      int most = h.maxBreaths().orElse(b);
      w.text(h.approximate() ? "for about " : "for ");
      w.number(b);
      if (most != b) {
        w.text(SheetComposer.RANGE);
        w.number(most);
      }
      if (h.orMore()) {
        w.text(" or more");
      }
      w.text(most == 1 && !h.orMore() ? "\u00A0breath" : "\u00A0breaths");
      if (h.seconds().isPresent()) {
        w.text(" (");
        seconds(h, w);
        w.text(")");
      }
    } else {
      seconds(h, w);
    }
    w.text(".");
  }

  private static void seconds(Hold h, SheetWriter w) {
    if (h.approximate()) {
      w.text("about ");
    }
    int s = h.seconds().getAsInt();
    int most = h.maxSeconds().orElse(s);
    w.number(s);
    if (most != s) {
      w.text(SheetComposer.RANGE);
      w.number(most);
    }
    if (h.orMore()) {
      w.text(" or more");
    }
    w.text(most == 1 && !h.orMore() ? "\u00A0second" : "\u00A0seconds");
  }

  /**
   * Writes how much a set holds: its repetitions, its duration or distance, as many as you can,
   * or, when the dosage does not say, that the source gives no number (and, for a stretch with no
   * hold either, {@code noHold}, no hold time).
   */
  private static void amount(Dosage d, boolean noHold, SheetWriter w) {
    if (d.repetitions().isPresent()) {
      repetitions(d.repetitions().get(), d.sideOrder(), w);
      return;
    }
    if (!d.amountGiven()) {
      w.text(noHold
          ? "The source gives no hold time and no number of repetitions: ask your clinician how"
              + " long to hold the stretch and how many times to do it."
          : "The source gives no number of repetitions: ask your clinician how many to do.");
      if (d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER) {
        w.text(" Do all the repetitions on one side, then on the other.");
      } else if (d.sideOrder() == SideOrder.ALTERNATING) {
        w.text(" Switch sides each time.");
      }
      return;
    }
    if (d.duration().isPresent()) {
      w.text(d.asManyAsPossible() ? "Do as many repetitions as you can in " : "Keep going for ");
      time(d.duration().get(), w);
    } else if (d.distance().isPresent()) {
      w.text("Cover ");
      distance(d.distance().get(), w);
    } else {
      w.text("Do as many repetitions as you can");
    }
    if (d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER) {
      w.text(" on one side, then the other");
    } else if (d.sideOrder() == SideOrder.ALTERNATING) {
      w.text(", switching sides each time");
    }
    w.text(".");
  }

  private static void repetitions(Repetitions r, SideOrder order, SheetWriter w) {
    boolean perSide = r.basis() == RepetitionBasis.PER_SIDE;
    switch (order) {
      case BOTH_AT_ONCE:
        w.text("Do it ");
        times(r, w);
        w.text(".");
        break;
      case ONE_SIDE_THEN_OTHER:
        if (perSide && r.isExact() && r.min() == 1) {
          w.text("Do it once on one side, then on the other.");
        } else {
          w.text("Do ");
          times(r, w);
          w.text(perSide
              ? " on one side, then the other."
              : " in all, first on one side, then on the other.");
        }
        break;
      case ALTERNATING:
        w.text("Do ");
        times(r, w);
        w.text(perSide
            ? " on each side, switching sides each time."
            : " in all, switching sides each time.");
        break;
      default:
        throw new IllegalStateException("unknown side order " + order);
    }
  }

  /**
   * Writes a time in words, in hours, minutes or seconds, whichever divides both ends: "30
   * minutes", "about 1 hour", "20–30 seconds", "10 minutes or more".
   */
  private static void time(TimeRange t, SheetWriter w) {
    if (t.approximate()) {
      w.text("about ");
    }
    int min = t.seconds();
    int max = t.maxSeconds().orElse(min);
    int unit = min % 3600 == 0 && max % 3600 == 0 ? 3600 : min % 60 == 0 && max % 60 == 0 ? 60 : 1;
    w.number(min / unit);
    if (max != min) {
      w.text(SheetComposer.RANGE);
      w.number(max / unit);
    }
    boolean one = max == unit; // "1 minute", "1 minute or more"
    w.text(unit == 3600 ? (one ? "\u00A0hour" : "\u00A0hours")
        : unit == 60 ? (one ? "\u00A0minute" : "\u00A0minutes")
        : (one ? "\u00A0second" : "\u00A0seconds"));
    if (t.orMore()) {
      w.text(" or more");
    }
  }

  /** Writes a distance: "400 metres", "2–3 kilometres", "1 mile". */
  private static void distance(Distance distance, SheetWriter w) {
    int min = distance.amount();
    int max = distance.maxAmount().orElse(min);
    w.number(min);
    if (max != min) {
      w.text(SheetComposer.RANGE);
      w.number(max);
    }
    boolean one = max == 1;
    switch (distance.unit()) {
      case METRES:
        w.text(one ? "\u00A0metre" : "\u00A0metres");
        break;
      case KILOMETRES:
        w.text(one ? "\u00A0kilometre" : "\u00A0kilometres");
        break;
      case YARDS:
        w.text(one ? "\u00A0yard" : "\u00A0yards");
        break;
      case MILES:
        w.text(one ? "\u00A0mile" : "\u00A0miles");
        break;
      default:
        throw new IllegalStateException("unknown distance unit " + distance.unit());
    }
  }

  /**
   * Writes a load as a sentence: "Work with 2.5 kg.", "Work with 2–4 kg.", "Work with your body
   * weight.", "Work with a light band.", "Work at 70 % of your one-repetition maximum (the
   * heaviest weight you can lift once)."; a load's own words, when it has them beside a number,
   * in brackets.
   */
  private static void load(Load load, SheetWriter w) {
    Optional<String> words = load.description();
    switch (load.unit()) {
      case BAND:
        w.text("Work with ");
        // a band is always described (its rule), in words such as "a light band"
        String band = words.orElse("a band");
        w.data(band);
        endSentence(band, w);
        return;
      case BODY_WEIGHT:
        w.text("Work with your body weight");
        break;
      case PERCENT_OF_ONE_REP_MAX:
        w.text("Work at ");
        amount(load, w);
        w.text("\u00A0% of your one-repetition maximum (the heaviest weight you can lift once)");
        break;
      case KILOGRAMS:
      case POUNDS:
      default:
        w.text("Work with ");
        amount(load, w);
        w.text(load.unit() == LoadUnit.KILOGRAMS ? "\u00A0kg" : "\u00A0lb");
        break;
    }
    if (words.isPresent()) {
      w.text(" (");
      w.data(words.get());
      w.text(")");
    }
    w.text(".");
  }

  /** Writes a load's amount, or its range: "2.5", "2–4". */
  private static void amount(Load load, SheetWriter w) {
    double least = load.amount().orElse(0);
    w.text(decimal(least));
    if (load.maxAmount().isPresent() && load.maxAmount().getAsDouble() != least) {
      w.text(SheetComposer.RANGE);
      w.text(decimal(load.maxAmount().getAsDouble()));
    }
  }

  /** {@return a number as people write it: "2", "2.5", "0.75"} */
  static String decimal(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Writes an effort: "RPE 6–8 out of 10 (0 is no effort at all, 10 the hardest you can)." or
   * "stop 2 repetitions short of failure (when you could still do 2 more)."
   *
   * @param capital whether it starts a sentence
   */
  private static void effort(Effort effort, boolean capital, SheetWriter w) {
    int least = effort.value();
    int most = effort.maxValue().orElse(least);
    if (effort.scale() == EffortScale.RPE) {
      w.text("RPE ");
      span(least, most, w);
      w.text(" out of 10 (0 is no effort at all, 10 the hardest you can).");
      return;
    }
    if (most == 0) {
      w.text(capital ? "Go" : "go");
      w.text(" on until you cannot do another repetition.");
      return;
    }
    w.text(capital ? "Stop " : "stop ");
    span(least, most, w);
    w.text(most == 1 ? "\u00A0repetition" : "\u00A0repetitions");
    w.text(" short of failure (when you could still do ");
    span(least, most, w);
    w.text(" more).");
  }

  /** Writes "3", "6–8", or "up to 2" for a range from 0. */
  private static void span(int least, int most, SheetWriter w) {
    if (least == most) {
      w.number(least);
      return;
    }
    if (least == 0) {
      w.text("up to ");
    } else {
      w.number(least);
      w.text(SheetComposer.RANGE);
    }
    w.number(most);
  }

  /**
   * Writes a tempo: "at a tempo of 3-1-1-0 (3 seconds down, pause 1 second, 1 second up, no
   * pause)."; a phase marked X is done as fast as you can.
   */
  private static void tempo(Tempo tempo, SheetWriter w) {
    w.text("at a tempo of ");
    w.text(tempo.notation());
    w.text(" (");
    for (int i = 0; i < tempo.phaseCount(); i++) {
      if (i > 0) {
        w.text(", ");
      }
      OptionalInt seconds = tempo.phaseSeconds(i);
      boolean move = i % 2 == 0;
      String way = i == 0 ? "down" : "up";
      if (move && seconds.isEmpty()) {
        w.text(way);
        w.text(" as fast as you can");
      } else if (move) {
        w.number(seconds.getAsInt());
        w.text(seconds.getAsInt() == 1 ? "\u00A0second " : "\u00A0seconds ");
        w.text(way);
      } else if (seconds.isEmpty() || seconds.getAsInt() == 0) {
        w.text("no pause");
      } else {
        w.text("pause ");
        w.number(seconds.getAsInt());
        w.text(seconds.getAsInt() == 1 ? "\u00A0second" : "\u00A0seconds");
      }
    }
    w.text(").");
  }

  /** Writes how many times: "once", "twice", "3 times", "2–4 times". */
  private static void times(Repetitions r, SheetWriter w) {
    if (r.isExact() && r.min() <= 2) {
      w.text(r.min() == 1 ? "once" : "twice");
      return;
    }
    w.number(r.min());
    if (!r.isExact()) {
      w.text(SheetComposer.RANGE);
      w.number(r.max());
    }
    w.text("\u00A0times");
  }

  private static void frequency(Frequency f, SheetWriter w) {
    if (f.wording().isPresent()) {
      w.data(f.wording().get());
      return;
    }
    boolean day = f.period() == FrequencyPeriod.DAY;
    if (f.min() != f.max()) {
      w.number(f.min());
      w.text(SheetComposer.RANGE);
      w.number(f.max());
      w.text(day ? "\u00A0times a day" : "\u00A0days a week");
    } else if (f.min() == 1) {
      w.text(day ? "once a day" : "once a week");
    } else if (day && f.min() == 2) {
      w.text("twice a day");
    } else if (!day && f.min() >= 7) {
      w.text("every day");
    } else {
      w.number(f.min());
      w.text(day ? "\u00A0times a day" : "\u00A0days a week");
    }
  }

  /**
   * Writes a range of seconds, in whole minutes when both ends are: "1 minute", "60–90 seconds",
   * "1–2 minutes", "up to 10 seconds" for a range from 0.
   */
  static void duration(Range seconds, SheetWriter w) {
    if (seconds.isExact()) {
      duration(seconds.min(), w);
      return;
    }
    if (seconds.min() == 0) {
      w.text("up to ");
      duration(seconds.max(), w);
      return;
    }
    boolean minutes = seconds.min() % 60 == 0 && seconds.max() % 60 == 0;
    int unit = minutes ? 60 : 1;
    w.number(seconds.min() / unit);
    w.text(SheetComposer.RANGE);
    w.number(seconds.max() / unit);
    w.text(minutes ? "\u00A0minutes" : "\u00A0seconds");
  }

  /** Writes a duration in whole minutes when it is one, else in seconds. */
  static void duration(int seconds, SheetWriter w) {
    if (seconds >= 60 && seconds % 60 == 0) {
      int minutes = seconds / 60;
      w.number(minutes);
      w.text(minutes == 1 ? "\u00A0minute" : "\u00A0minutes");
    } else {
      w.number(seconds);
      w.text(seconds == 1 ? "\u00A0second" : "\u00A0seconds");
    }
  }

  private static boolean startsWithWord(String text, String word) {
    return text.length() >= word.length()
        && text.regionMatches(true, 0, word, 0, word.length())
        && (text.length() == word.length() || !Character.isLetter(text.charAt(word.length())));
  }

  /** {@return whether a hold's wording reads better after "Hold for" than after "Hold"} */
  private static boolean needsFor(String wording) {
    if (wording.isEmpty() || Character.isDigit(wording.charAt(0))) {
      return false;
    }
    return !(startsWithWord(wording, "about")
        || startsWithWord(wording, "around")
        || startsWithWord(wording, "approximately")
        || startsWithWord(wording, "roughly")
        || startsWithWord(wording, "up")
        || startsWithWord(wording, "at")
        || startsWithWord(wording, "for")
        || startsWithWord(wording, "until")
        || startsWithWord(wording, "till")
        || startsWithWord(wording, "while")
        || startsWithWord(wording, "as"));
  }

  private static void endSentence(String text, SheetWriter w) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    char last = end == 0 ? ' ' : text.charAt(end - 1);
    if (last != '.' && last != '!' && last != '?') {
      w.text(".");
    }
  }
}
