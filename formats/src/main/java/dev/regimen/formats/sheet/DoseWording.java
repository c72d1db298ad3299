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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Says an exercise's dosage in plain words: how long to hold, how many times, on which sides, how
 * many sets with which rests, with what load, how often, how hard and how fast, in the source's
 * words where it has them and they are in the sheet's language (where they are not, a hold or a
 * frequency that has numbers is said from its numbers). Every word of its own comes from the
 * {@link SheetWording} it is given, a whole sentence or phrase a key. Stateless.
 */
final class DoseWording {
  private DoseWording() {}

  /**
   * Writes an exercise's dosage as labelled lines in plain words: "How much" (its hold, its
   * amount, its load, the side to start with, sets and rests), then, where the dosage says them,
   * "How often", "How hard", "How fast" and the note, less what the sheet says already.
   */
  static void dosage(Exercise e, Dosage d, SheetWording say, SheetWriter w) {
    // The source's own words for a hold or a frequency are said where the sheet speaks their
    // language; elsewhere their numbers are.
    boolean ownWords = say.language().equals(primary(e.language()));
    w.labelled(say.text("dose.howMuch"));
    Optional<Hold> hold = d.hold();
    if (hold.isEmpty()) {
      hold = stepHold(e);
    }
    if (hold.isPresent()) {
      hold(hold.get(), ownWords, say, w);
      w.text(" ");
    }
    amount(d, noHoldSaid(e, d), say, w);
    if (d.load().isPresent()) {
      w.text(" ");
      load(d.load().get(), say, w);
    }
    if (d.firstSide().isPresent()) {
      w.text(" ");
      say.phrase("dose.firstSide")
          .with("side", say.text("side." + d.firstSide().get().displayName()))
          .write(w);
    }
    if (d.sets().max() > 1) {
      w.text(" ");
      SheetWording.Part sets = SheetWording.span(d.sets().min(), d.sets().max());
      if (d.restBetweenSetsSeconds().isPresent()) {
        say.phrase("dose.sets.rest", d.sets().max())
            .with("sets", sets)
            .with("rest", duration(d.restBetweenSetsSeconds().get(), say))
            .write(w);
      } else {
        say.phrase("dose.sets", d.sets().max()).with("sets", sets).write(w);
      }
    } else if (d.restBetweenSetsSeconds().isPresent()) {
      w.text(" ");
      say.phrase("dose.setRest").with("rest", duration(d.restBetweenSetsSeconds().get(), say)).write(w);
    }
    if (d.restSeconds().isPresent()) {
      Range rest = d.restSeconds().get();
      w.text(" ");
      if (rest.max() == 0) {
        w.text(say.text("dose.noRest"));
      } else {
        say.phrase("dose.repetitionRest").with("rest", duration(rest, say)).write(w);
      }
    }
    w.end();

    if (d.frequency().isPresent() || d.programmeWeeks().isPresent()) {
      w.labelled(say.text("dose.howOften"));
      SheetWording.Part weeks = d.programmeWeeks().isPresent()
          ? say.phrase("weeks", d.programmeWeeks().getAsInt()).with("count", d.programmeWeeks().getAsInt())
          : null;
      if (d.frequency().isPresent() && weeks != null) {
        say.phrase("dose.often.both")
            .with("frequency", frequency(d.frequency().get(), ownWords, say))
            .with("weeks", weeks)
            .write(w);
      } else if (d.frequency().isPresent()) {
        say.phrase("dose.often.frequency")
            .with("frequency", frequency(d.frequency().get(), ownWords, say))
            .write(w);
      } else {
        say.phrase("dose.often.weeks").with("weeks", weeks).write(w);
      }
      w.end();
    }
    if (d.intensity().isPresent() || d.effort().isPresent()) {
      w.labelled(say.text("dose.howHard"));
      if (d.intensity().isPresent()) {
        String words = d.intensity().get().description();
        w.data(words);
        if (d.effort().isPresent()) {
          endSentence(words, w);
          w.text(" ");
        }
      }
      if (d.effort().isPresent()) {
        effort(d.effort().get(), d.intensity().isPresent(), say, w);
      }
      w.end();
    }
    if (d.tempo().isPresent()) {
      w.labelled(say.text("dose.howFast"));
      tempo(d.tempo().get(), say, w);
      w.end();
    }
    Optional<String> note = d.notes().flatMap(n -> unsaid(n, e, d));
    if (note.isPresent()) {
      w.labelled(say.text("sheet.note"));
      w.data(note.get());
      w.end();
    }
  }

  /** {@return the primary language of a BCP 47 tag: "en" of "en-GB"} */
  static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
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
    Restatements.Sentences steps = Restatements.Sentences.of(e.steps());
    for (String sentence : Restatements.sentences(note)) {
      boolean said = d.repetitions().isPresent()
          && Restatements.onlyCounts(sentence, d.repetitions().get(), d.sideOrder());
      said |= Restatements.onlySaysNoNumber(sentence, noHoldSaid(e, d), !d.amountGiven());
      said |= steps.has(sentence);
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
   * Writes a hold as a sentence: in the source's words when it has them and they are to be said
   * ("Hold for a few breaths (around five seconds)."), else from its numbers ("Hold 10–30
   * seconds.", "Hold 10 or more seconds.", "Hold for 3–5 breaths.").
   */
  private static void hold(Hold h, boolean ownWords, SheetWording say, SheetWriter w) {
    if (h.wording().isPresent() && (ownWords || !h.hasNumbers())) {
      String wording = h.wording().get();
      if (startsWithWord(wording, "hold") || startsWithWord(wording, "pause")) {
        say.phrase("dose.hold.own").with("words", SheetWording.dataCapitalized(wording)).write(w);
      } else {
        say.phrase(needsFor(wording) ? "dose.hold.wordsFor" : "dose.hold.words")
            .with("words", SheetWording.data(wording))
            .write(w);
      }
      endSentence(wording, w);
      return;
    }
    if (h.breaths().isPresent()) {
      int b = h.breaths().getAsInt();
      int most = h.maxBreaths().orElse(b);
      SheetWording.Part count = SheetWording.span(b, most);
      SheetWording.Part breaths = h.orMore()
          ? say.phrase("dose.breaths.orMore").with("count", count)
          : say.phrase("dose.breaths", most).with("count", count);
      if (h.approximate()) {
        breaths = say.phrase("dose.about.breaths").with("amount", breaths);
      }
      if (h.seconds().isPresent()) {
        say.phrase("dose.hold.breathsAndSeconds")
            .with("breaths", breaths)
            .with("seconds", seconds(h, say))
            .write(w);
      } else {
        say.phrase("dose.hold.breaths").with("breaths", breaths).write(w);
      }
    } else {
      say.phrase("dose.hold.seconds").with("seconds", seconds(h, say)).write(w);
    }
  }

  private static SheetWording.Part seconds(Hold h, SheetWording say) {
    int s = h.seconds().getAsInt();
    int most = h.maxSeconds().orElse(s);
    SheetWording.Part count = SheetWording.span(s, most);
    SheetWording.Part seconds = h.orMore()
        ? say.phrase("dose.seconds.orMore").with("count", count)
        : say.phrase("duration.seconds", most).with("count", count);
    return h.approximate() ? say.phrase("dose.about.seconds").with("amount", seconds) : seconds;
  }

  /**
   * Writes how much a set holds: its repetitions, its duration or distance, as many as you can,
   * or, when the dosage does not say, that the source gives no number (and, for a stretch with no
   * hold either, {@code noHold}, no hold time).
   */
  private static void amount(Dosage d, boolean noHold, SheetWording say, SheetWriter w) {
    if (d.repetitions().isPresent()) {
      repetitions(d.repetitions().get(), d.sideOrder(), say, w);
      return;
    }
    if (!d.amountGiven()) {
      w.text(say.text(noHold ? "dose.none.noHold" : "dose.none"));
      if (d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER) {
        w.text(" ");
        w.text(say.text("dose.none.oneSideThenOther"));
      } else if (d.sideOrder() == SideOrder.ALTERNATING) {
        w.text(" ");
        w.text(say.text("dose.none.alternating"));
      }
      return;
    }
    String sides = sides(d.sideOrder());
    if (d.duration().isPresent()) {
      say.phrase((d.asManyAsPossible() ? "dose.amrapIn." : "dose.keepGoing.") + sides)
          .with("time", time(d.duration().get(), say))
          .write(w);
    } else if (d.distance().isPresent()) {
      say.phrase("dose.cover." + sides).with("distance", distance(d.distance().get(), say)).write(w);
    } else {
      w.text(say.text("dose.amrap." + sides));
    }
  }

  /** {@return the key suffix of a side order: {@code both}, {@code oneSide}, {@code alternating}} */
  private static String sides(SideOrder order) {
    switch (order) {
      case ONE_SIDE_THEN_OTHER:
        return "oneSide";
      case ALTERNATING:
        return "alternating";
      case BOTH_AT_ONCE:
      default:
        return "both";
    }
  }

  private static void repetitions(Repetitions r, SideOrder order, SheetWording say, SheetWriter w) {
    boolean perSide = r.basis() == RepetitionBasis.PER_SIDE;
    String key;
    switch (order) {
      case BOTH_AT_ONCE:
        key = "dose.reps.both";
        break;
      case ONE_SIDE_THEN_OTHER:
        if (perSide && r.isExact() && r.min() == 1) {
          w.text(say.text("dose.reps.oneSide.once"));
          return;
        }
        key = perSide ? "dose.reps.oneSide.perSide" : "dose.reps.oneSide.total";
        break;
      case ALTERNATING:
        key = perSide ? "dose.reps.alternating.perSide" : "dose.reps.alternating.total";
        break;
      default:
        throw new IllegalStateException("unknown side order " + order);
    }
    say.phrase(key).with("times", times(r, say)).write(w);
  }

  /**
   * {@return a time in words, in hours, minutes or seconds, whichever divides both ends: "30
   * minutes", "about 1 hour", "20–30 seconds", "10 minutes or more"}
   */
  private static SheetWording.Part time(TimeRange t, SheetWording say) {
    int min = t.seconds();
    int max = t.maxSeconds().orElse(min);
    int unit = min % 3600 == 0 && max % 3600 == 0 ? 3600 : min % 60 == 0 && max % 60 == 0 ? 60 : 1;
    String key = unit == 3600 ? "duration.hours" : unit == 60 ? "duration.minutes" : "duration.seconds";
    SheetWording.Part time =
        say.phrase(key, max / unit).with("count", SheetWording.span(min / unit, max / unit));
    if (t.orMore()) {
      time = say.phrase("dose.time.orMore").with("time", time);
    }
    return t.approximate() ? say.phrase("dose.about.time").with("time", time) : time;
  }

  /** {@return a distance: "400 metres", "2–3 kilometres", "1 mile"} */
  private static SheetWording.Part distance(Distance distance, SheetWording say) {
    int min = distance.amount();
    int max = distance.maxAmount().orElse(min);
    String unit;
    switch (distance.unit()) {
      case METRES:
        unit = "distance.metres";
        break;
      case KILOMETRES:
        unit = "distance.kilometres";
        break;
      case YARDS:
        unit = "distance.yards";
        break;
      case MILES:
        unit = "distance.miles";
        break;
      default:
        throw new IllegalStateException("unknown distance unit " + distance.unit());
    }
    return say.phrase(unit, max).with("count", SheetWording.span(min, max));
  }

  /**
   * Writes a load as a sentence: "Work with 2.5 kg.", "Work with 2–4 kg.", "Work with your body
   * weight.", "Work with a light band.", "Work at 70 % of your one-repetition maximum (the
   * heaviest weight you can lift once)."; a load's own words, when it has them beside a number,
   * in brackets.
   */
  private static void load(Load load, SheetWording say, SheetWriter w) {
    Optional<String> words = load.description();
    String key;
    switch (load.unit()) {
      case BAND:
        // a band is always described (its rule), in words such as "a light band"
        SheetWording.Part band =
            words.isPresent() ? SheetWording.data(words.get()) : w2 -> w2.text(say.text("dose.load.aBand"));
        say.phrase("dose.load.band").with("band", band).write(w);
        endSentence(words.orElse(say.text("dose.load.aBand")), w);
        return;
      case BODY_WEIGHT:
        key = "dose.load.bodyWeight";
        break;
      case PERCENT_OF_ONE_REP_MAX:
        key = "dose.load.percent";
        break;
      case KILOGRAMS:
        key = "dose.load.kg";
        break;
      case POUNDS:
      default:
        key = "dose.load.lb";
        break;
    }
    SheetWording.Phrase sentence = say.phrase(words.isPresent() ? key + ".words" : key);
    if (load.unit() != LoadUnit.BODY_WEIGHT) {
      sentence.with("amount", amount(load, say));
    }
    if (words.isPresent()) {
      sentence.with("words", SheetWording.data(words.get()));
    }
    sentence.write(w);
  }

  /** {@return a load's amount, or its range: "2.5", "2–4"; "2,5" in Spanish} */
  private static SheetWording.Part amount(Load load, SheetWording say) {
    double least = load.amount().orElse(0);
    return w -> {
      w.text(decimal(least, say));
      if (load.maxAmount().isPresent() && load.maxAmount().getAsDouble() != least) {
        w.text(SheetComposer.RANGE);
        w.text(decimal(load.maxAmount().getAsDouble(), say));
      }
    };
  }

  /** {@return a number as people write it: "2", "2.5", "0.75"} */
  static String decimal(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@return a number as people of the wording's language write it: "2.5", "2,5"} */
  static String decimal(double value, SheetWording say) {
    return decimal(value).replace(".", say.text("number.decimalSeparator"));
  }

  /**
   * Writes an effort: "RPE 6–8 out of 10 (0 is no effort at all, 10 the hardest you can)." or
   * "stop 2 repetitions short of failure (when you could still do 2 more)."
   *
   * @param capital whether it starts a sentence
   */
  private static void effort(Effort effort, boolean capital, SheetWording say, SheetWriter w) {
    int least = effort.value();
    int most = effort.maxValue().orElse(least);
    SheetWording.Phrase sentence = effort.scale() == EffortScale.RPE
        ? say.phrase("dose.effort.rpe").with("rpe", span(least, most, say))
        : most == 0
        ? say.phrase("dose.effort.toFailure")
        : say.phrase("dose.effort.inReserve", most)
            .with("count", span(least, most, say))
            .with("more", span(least, most, say));
    if (capital) {
      sentence.capitalized();
    }
    sentence.write(w);
  }

  /** {@return "3", "6–8", or "up to 2" for a range from 0} */
  private static SheetWording.Part span(int least, int most, SheetWording say) {
    if (least != most && least == 0) {
      return say.phrase("dose.upTo").with("n", most);
    }
    return SheetWording.span(least, most);
  }

  /**
   * Writes a tempo: "at a tempo of 3-1-1-0 (3 seconds down, pause 1 second, 1 second up, no
   * pause)."; a phase marked X is done as fast as you can.
   */
  private static void tempo(Tempo tempo, SheetWording say, SheetWriter w) {
    List<SheetWording.Part> phases = new ArrayList<>(tempo.phaseCount());
    for (int i = 0; i < tempo.phaseCount(); i++) {
      OptionalInt seconds = tempo.phaseSeconds(i);
      boolean move = i % 2 == 0;
      String way = i == 0 ? "down" : "up";
      if (move && seconds.isEmpty()) {
        phases.add(say.phrase("dose.tempo.fast." + way));
      } else if (move) {
        phases.add(say.phrase("dose.tempo." + way, seconds.getAsInt()).with("count", seconds.getAsInt()));
      } else if (seconds.isEmpty() || seconds.getAsInt() == 0) {
        phases.add(say.phrase("dose.tempo.noPause"));
      } else {
        phases.add(say.phrase("dose.tempo.pause", seconds.getAsInt()).with("count", seconds.getAsInt()));
      }
    }
    SheetWording.Part all = phases.get(phases.size() - 1);
    for (int i = phases.size() - 2; i >= 0; i--) {
      all = say.phrase("dose.tempo.phases").with("first", phases.get(i)).with("rest", all);
    }
    say.phrase("dose.tempo")
        .with("notation", tempo.notation())
        .with("phases", all)
        .write(w);
  }

  /** {@return how many times: "once", "twice", "3 times", "2–4 times"} */
  private static SheetWording.Part times(Repetitions r, SheetWording say) {
    if (r.isExact() && r.min() <= 2) {
      return say.phrase(r.min() == 1 ? "dose.times.once" : "dose.times.twice");
    }
    return say.phrase("dose.times", r.max()).with("count", SheetWording.span(r.min(), r.max()));
  }

  private static SheetWording.Part frequency(Frequency f, boolean ownWords, SheetWording say) {
    if (f.wording().isPresent() && ownWords) {
      return SheetWording.data(f.wording().get());
    }
    boolean day = f.period() == FrequencyPeriod.DAY;
    if (f.min() != f.max()) {
      return say.phrase(day ? "frequency.day" : "frequency.week", f.max())
          .with("count", SheetWording.span(f.min(), f.max()));
    } else if (f.min() == 1) {
      return say.phrase(day ? "frequency.day.once" : "frequency.week.once");
    } else if (day && f.min() == 2) {
      return say.phrase("frequency.day.twice");
    } else if (!day && f.min() >= 7) {
      return say.phrase("frequency.everyDay");
    }
    return say.phrase(day ? "frequency.day" : "frequency.week", f.min()).with("count", f.min());
  }

  /**
   * {@return a range of seconds, in whole minutes when both ends are: "1 minute", "60–90 seconds",
   * "1–2 minutes", "up to 10 seconds" for a range from 0}
   */
  static SheetWording.Part duration(Range seconds, SheetWording say) {
    if (seconds.isExact()) {
      return say.durationPhrase(seconds.min());
    }
    if (seconds.min() == 0) {
      return say.phrase("dose.upTo.duration").with("duration", say.durationPhrase(seconds.max()));
    }
    boolean minutes = seconds.min() % 60 == 0 && seconds.max() % 60 == 0;
    int unit = minutes ? 60 : 1;
    return say.phrase(minutes ? "duration.minutes" : "duration.seconds", seconds.max() / unit)
        .with("count", SheetWording.span(seconds.min() / unit, seconds.max() / unit));
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
