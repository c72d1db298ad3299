package dev.regimen.formats.sheet;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a sheet says and in which order, and says it in plain words; a {@link
 * SheetWriter} decides how it looks. The order: title; what the routine is for; the safety
 * notices (every advisory, then every contraindication of every exercise, grouped where several
 * exercises share the same one); each exercise; recommendations; takeaways; the tracking grid;
 * the sources. Stateless.
 */
final class SheetComposer {
  /** The severities, the strongest first. */
  private static final Severity[] SEVERITIES = {Severity.AVOID, Severity.CAUTION};

  private static final String TAKE_CARE =
      "Take care (the reasons are under \u201CSafety first\u201D, above):";
  private static final String TAKE_CARE_ASCII =
      "Take care (the reasons are under \"Safety first\", above):";

  private SheetComposer() {}

  static void compose(Protocol protocol, SheetOptions options, SheetWriter w) {
    w.title(protocol.title());
    purpose(protocol, w);
    safety(protocol, w);
    exercises(protocol, w);
    recommendations(protocol, w);
    takeaways(protocol, w);
    if (options.includeTrackingGrid()) {
      grid(protocol, options, w);
    }
    if (options.includeSources() && !protocol.sources().isEmpty()) {
      sources(protocol, w);
    }
    w.finish();
  }

  /**
   * {@return a guess at the length of a sheet, to size its buffer once} The sheet's own wording
   * and layout add about half again to the protocol's text, and the grid a line per exercise.
   */
  static int estimate(Protocol p, SheetOptions options) {
    int chars = p.title().length() + p.summary().length();
    for (Condition c : p.conditions()) {
      chars += c.name().length() + c.description().length();
    }
    for (Advisory a : p.advisories()) {
      chars += a.title().length() + a.text().length() + 200 * a.quotes().size();
    }
    for (ProtocolEntry entry : p.entries()) {
      Exercise e = entry.exercise();
      chars += 600 + e.startingPosition().length();
      for (Step s : e.steps()) {
        chars += s.text().length() + 8;
      }
      for (Contraindication ci : e.contraindications()) {
        chars += 2 * ci.rationale().length() + 200;
      }
      chars += 200 * (e.sensations().size() + e.modifications().size() + e.quotes().size());
    }
    for (Recommendation r : p.recommendations()) {
      chars += r.title().length() + r.text().length() + 200 * r.quotes().size();
    }
    for (String t : p.takeaways()) {
      chars += t.length() + 4;
    }
    chars += 300 * p.sources().size();
    int lines = 6 + 3 * p.entries().size();
    chars += options.includeTrackingGrid() ? lines * options.width() * 2 : 0;
    return 1024 + chars + chars / 2;
  }

  // ---------------------------------------------------------------- what it is for

  private static void purpose(Protocol p, SheetWriter w) {
    w.section("What this routine is for");
    w.paragraph();
    w.data(p.summary());
    w.end();
    List<SpinalSegment> segments = p.targetSegments();
    if (!segments.isEmpty()) {
      w.gap();
      w.labelled("For pain at");
      for (int i = 0; i < segments.size(); i++) {
        if (i > 0) {
          w.text(i == segments.size() - 1 ? " and " : ", ");
        }
        w.data(segments.get(i).describe());
      }
      w.end();
    }
    List<Condition> conditions = p.conditions();
    if (!conditions.isEmpty()) {
      w.gap();
      w.listLabel("Causes of pain it addresses:");
      for (Condition c : conditions) {
        w.item(0, conditions.size());
        w.strongData(c.name());
        w.text(": ");
        w.data(c.description());
        w.end();
      }
    }
  }

  // ---------------------------------------------------------------- safety

  private static void safety(Protocol p, SheetWriter w) {
    List<Group> groups = contraindicationGroups(p);
    if (p.advisories().isEmpty() && groups.isEmpty()) {
      return;
    }
    w.beginSafety("Safety first: read this before you start");
    for (Advisory a : p.advisories()) {
      w.gap();
      w.item(0, 0);
      w.strongData(a.title());
      w.lineBreak();
      appliesWhen(a, w);
      w.data(a.text());
      for (Quote q : a.quotes()) {
        w.lineBreak();
        quote(q, w);
      }
      w.end();
    }
    if (!groups.isEmpty()) {
      w.subsection("Exercises to avoid or take care with");
      for (Group g : groups) {
        w.gap();
        Contraindication ci = g.contraindication;
        w.item(0, 0);
        w.text("If you have: ");
        condition(p, ci, w);
        w.lineBreak();
        severity(ci.severity(), g.exercises.size(), w);
        for (int i = 0; i < g.exercises.size(); i++) {
          if (i > 0) {
            w.text(i == g.exercises.size() - 1 ? " and " : ", ");
          }
          w.data(g.exercises.get(i).name());
        }
        w.text(".");
        w.lineBreak();
        w.strong("Why:");
        w.text(" ");
        w.data(ci.rationale());
        ci.quote().ifPresent(q -> {
          w.lineBreak();
          quote(q, w);
        });
        w.end();
      }
    }
    w.endSafety();
  }

  private static void appliesWhen(Advisory a, SheetWriter w) {
    AdvisoryTrigger trigger = a.trigger();
    if (trigger == AdvisoryTrigger.ALWAYS) {
      return;
    }
    w.text("(");
    switch (trigger) {
      case DURING_EXERCISE:
        w.text("Applies while you exercise.");
        break;
      case PAIN_PERSISTS:
        int weeks = a.painWeeksAtLeast().orElse(1);
        w.text(
            weeks == 1
                ? "Applies if your pain has lasted a week or more."
                : "Applies if your pain has lasted " + weeks + " weeks or more.");
        break;
      case IN_PAIN_NOW:
        w.text("Applies if you are in pain right now.");
        break;
      default:
        throw new IllegalStateException("unknown advisory trigger " + trigger);
    }
    w.text(")");
    w.lineBreak();
  }

  private static void condition(Protocol p, Contraindication ci, SheetWriter w) {
    Optional<Condition> condition = p.condition(ci.conditionId());
    // A valid protocol names only its own conditions; the id stands in should it ever not.
    w.strongData(condition.map(Condition::name).orElse(ci.conditionId()));
    if (ci.findingId().isPresent()) {
      String findingId = ci.findingId().get();
      w.text(" (");
      w.data(
          condition.flatMap(c -> c.finding(findingId)).map(Finding::name).orElse(findingId));
      w.text(")");
    }
  }

  private static void severity(Severity severity, int exercises, SheetWriter w) {
    String which = exercises == 1 ? "this exercise" : "these exercises";
    if (severity == Severity.AVOID) {
      w.strong("AVOID");
      w.text(" " + w.glyphs.dash + " do not do " + which + ": ");
    } else {
      w.strong("CAUTION");
      w.text(" " + w.glyphs.dash + " do " + which
          + " only with care, ideally after asking a professional: ");
    }
  }

  /**
   * {@return the contraindications of every exercise, each once with the exercises that carry it:
   * those to avoid first, then those to take care with, each in the protocol's order}
   */
  private static List<Group> contraindicationGroups(Protocol p) {
    List<Group> groups = new ArrayList<>();
    for (Severity severity : SEVERITIES) {
      for (ProtocolEntry entry : p.entries()) {
        collect(entry.exercise(), severity, groups);
      }
    }
    return groups;
  }

  private static void collect(Exercise e, Severity severity, List<Group> groups) {
    for (Contraindication ci : e.contraindications()) {
      if (ci.severity() != severity) {
        continue;
      }
      Group found = null;
      for (Group g : groups) {
        if (g.contraindication.equals(ci)) {
          found = g;
          break;
        }
      }
      if (found == null) {
        found = new Group(ci);
        groups.add(found);
      }
      if (!found.exercises.contains(e)) {
        found.exercises.add(e);
      }
    }
  }

  /** One contraindication and the exercises that carry it. */
  private static final class Group {
    final Contraindication contraindication;
    final List<Exercise> exercises = new ArrayList<>(4);

    Group(Contraindication contraindication) {
      this.contraindication = contraindication;
    }
  }

  // ---------------------------------------------------------------- exercises

  private static void exercises(Protocol p, SheetWriter w) {
    w.section(p.entries().size() == 1 ? "The exercise" : "The exercises");
    int n = 0;
    for (ProtocolEntry entry : p.entries()) {
      exercise(p, ++n, entry, w);
    }
  }

  private static void exercise(Protocol p, int number, ProtocolEntry entry, SheetWriter w) {
    Exercise e = entry.exercise();
    Dosage d = entry.dosage();
    w.exercise(number, e.name());
    if (e.purpose().isPresent()) {
      w.paragraph();
      w.data(e.purpose().get());
      w.end();
      w.gap();
    }
    w.labelled("Starting position");
    w.data(e.startingPosition());
    w.end();
    w.labelled("You need");
    if (e.equipment().isEmpty()) {
      w.text("no equipment");
    } else {
      list(e.equipment(), w);
    }
    w.end();
    if (!e.targetAreas().isEmpty()) {
      w.labelled("Works");
      areas(e.targetAreas(), w);
      w.end();
    }

    w.gap();
    w.listLabel("Steps:");
    List<Step> steps = e.steps();
    for (int i = 0; i < steps.size(); i++) {
      w.item(i + 1, steps.size());
      w.data(steps.get(i).text());
      w.end();
    }

    w.gap();
    dosage(e, d, w);

    if (!e.sensations().isEmpty()) {
      w.gap();
      w.listLabel("What you should feel:");
      for (Sensation s : e.sensations()) {
        w.item(0, 0);
        capitalized(s.description(), w);
        unnamedAreas(s, w);
        w.end();
      }
    }

    if (!e.modifications().isEmpty()) {
      w.gap();
      w.listLabel("Changes you can make:");
      for (Modification m : e.modifications()) {
        w.item(0, 0);
        w.strongData(m.when());
        w.text(": ");
        w.data(m.instruction());
        w.end();
      }
    }

    if (!e.progressions().isEmpty()) {
      w.gap();
      w.listLabel("Easier and harder versions:");
      for (Progression pr : e.progressions()) {
        w.item(0, 0);
        w.strong(pr.direction() == ProgressionDirection.EASIER ? "Easier:" : "Harder:");
        w.text(" ");
        w.strongData(pr.name());
        w.text(".");
        if (pr.instruction().isPresent()) {
          w.text(" ");
          w.data(pr.instruction().get());
        }
        w.lineBreak();
        w.text("When to switch: ");
        w.data(pr.sign());
        w.end();
      }
    }

    if (!e.contraindications().isEmpty()) {
      w.gap();
      w.listLabel(w.glyphs == Glyphs.ASCII ? TAKE_CARE_ASCII : TAKE_CARE);
      for (Severity severity : SEVERITIES) {
        for (Contraindication ci : e.contraindications()) {
          if (ci.severity() != severity) {
            continue;
          }
          w.item(0, 0);
          if (severity == Severity.AVOID) {
            w.strong("AVOID");
            w.text(" this exercise if you have: ");
          } else {
            w.strong("CAUTION");
            w.text(" " + w.glyphs.dash
                + " do it only with care, ideally after asking a professional, if you have: ");
          }
          condition(p, ci, w);
          w.text(".");
          w.end();
        }
      }
    }

    if (entry.note().isPresent()) {
      w.gap();
      w.labelled("Note");
      w.data(entry.note().get());
      w.end();
    }

    for (Quote q : e.quotes()) {
      w.gap();
      w.quotation();
      quote(q, w);
      w.end();
    }
  }

  // ---------------------------------------------------------------- dosage in plain words

  private static void dosage(Exercise e, Dosage d, SheetWriter w) {
    w.labelled("How much");
    Optional<Hold> hold = d.hold();
    if (hold.isEmpty()) {
      hold = stepHold(e);
    }
    boolean sentence = false;
    if (hold.isPresent()) {
      hold(hold.get(), w);
      sentence = true;
    }
    if (sentence) {
      w.text(" ");
    }
    repetitions(d, w);
    if (d.firstSide().isPresent()) {
      w.text(" Start with your " + d.firstSide().get().displayName() + " side.");
    }
    if (d.sets() > 1) {
      w.text(" Do " + d.sets() + " sets");
      if (d.restBetweenSetsSeconds().isPresent()) {
        w.text(", resting " + duration(d.restBetweenSetsSeconds().getAsInt()) + " between sets");
      }
      w.text(".");
    } else if (d.restBetweenSetsSeconds().isPresent()) {
      w.text(" Rest " + duration(d.restBetweenSetsSeconds().getAsInt()) + " between sets.");
    }
    if (d.restSeconds().isPresent()) {
      int rest = d.restSeconds().getAsInt();
      w.text(rest == 0
          ? " Go straight on to the next repetition, without a rest."
          : " Rest " + duration(rest) + " between repetitions.");
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
        w.text(weeks == 1 ? "1 week" : weeks + " weeks");
      }
      w.text(".");
      w.end();
    }
    if (d.intensity().isPresent()) {
      Intensity in = d.intensity().get();
      w.labelled("How hard");
      w.data(in.description());
      if (in.rating().isPresent()) {
        w.text(" (" + in.rating().getAsInt() + " out of 10)");
      }
      w.end();
    }
    if (d.notes().isPresent()) {
      w.labelled("Note");
      w.data(d.notes().get());
      w.end();
    }
  }

  /** {@return the hold of the one step that holds, when exactly one does} */
  private static Optional<Hold> stepHold(Exercise e) {
    Optional<Hold> found = Optional.empty();
    for (Step s : e.steps()) {
      if (s.hold().isPresent()) {
        if (found.isPresent()) {
          return Optional.empty();
        }
        found = s.hold();
      }
    }
    return found;
  }

  private static void hold(Hold h, SheetWriter w) {
    if (h.wording().isPresent()) {
      String wording = h.wording().get();
      if (startsWithWord(wording, "hold") || startsWithWord(wording, "pause")) {
        w.data(wording.substring(0, 1).toUpperCase(Locale.ROOT));
        w.data(wording.substring(1));
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
      w.text("for " + (h.approximate() ? "about " : "") + b + (b == 1 ? " breath" : " breaths"));
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
    if (h.maxSeconds().isPresent() && h.maxSeconds().getAsInt() != s) {
      w.text(s + w.glyphs.range + h.maxSeconds().getAsInt() + " seconds");
    } else {
      w.text(s == 1 ? "1 second" : s + " seconds");
    }
  }

  private static void repetitions(Dosage d, SheetWriter w) {
    Repetitions r = d.repetitions();
    boolean perSide = r.basis() == RepetitionBasis.PER_SIDE;
    switch (d.sideOrder()) {
      case BOTH_AT_ONCE:
        w.text("Do it " + times(r, w) + ".");
        break;
      case ONE_SIDE_THEN_OTHER:
        if (perSide) {
          w.text(r.isExact() && r.min() == 1
              ? "Do it once on one side, then on the other."
              : "Do " + times(r, w) + " on one side, then the other.");
        } else {
          w.text("Do " + times(r, w) + " in all, first on one side, then on the other.");
        }
        break;
      case ALTERNATING:
        w.text(perSide
            ? "Do " + times(r, w) + " on each side, switching sides each time."
            : "Do " + times(r, w) + " in all, switching sides each time.");
        break;
      default:
        throw new IllegalStateException("unknown side order " + d.sideOrder());
    }
  }

  private static String times(Repetitions r, SheetWriter w) {
    if (r.isExact()) {
      switch (r.min()) {
        case 1:
          return "once";
        case 2:
          return "twice";
        default:
          return r.min() + " times";
      }
    }
    return r.min() + w.glyphs.range + r.max() + " times";
  }

  private static void frequency(Frequency f, SheetWriter w) {
    if (f.wording().isPresent()) {
      w.data(f.wording().get());
      return;
    }
    String range = f.min() == f.max() ? null : f.min() + w.glyphs.range + f.max();
    if (f.period() == FrequencyPeriod.DAY) {
      if (range != null) {
        w.text(range + " times a day");
      } else if (f.min() == 1) {
        w.text("once a day");
      } else if (f.min() == 2) {
        w.text("twice a day");
      } else {
        w.text(f.min() + " times a day");
      }
    } else {
      if (range != null) {
        w.text(range + " days a week");
      } else if (f.min() == 1) {
        w.text("once a week");
      } else if (f.min() >= 7) {
        w.text("every day");
      } else {
        w.text(f.min() + " days a week");
      }
    }
  }

  private static String duration(int seconds) {
    if (seconds >= 60 && seconds % 60 == 0) {
      int minutes = seconds / 60;
      return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  // ---------------------------------------------------------------- recommendations, takeaways

  private static void recommendations(Protocol p, SheetWriter w) {
    List<Recommendation> recs = p.recommendations();
    if (recs.isEmpty()) {
      return;
    }
    w.section("More things you can do");
    for (int i = 0; i < recs.size(); i++) {
      Recommendation r = recs.get(i);
      if (i > 0) {
        w.gap();
      }
      w.item(i + 1, recs.size());
      w.strongData(r.title());
      w.lineBreak();
      w.data(r.text());
      for (Quote q : r.quotes()) {
        w.lineBreak();
        quote(q, w);
      }
      w.end();
    }
  }

  private static void takeaways(Protocol p, SheetWriter w) {
    if (p.takeaways().isEmpty()) {
      return;
    }
    w.section("Key points to remember");
    for (String t : p.takeaways()) {
      w.item(0, 0);
      w.data(t);
      w.end();
    }
  }

  // ---------------------------------------------------------------- grid, sources

  private static void grid(Protocol p, SheetOptions options, SheetWriter w) {
    w.section("Track your progress");
    int days = options.trackingDays();
    w.paragraph();
    w.text(days == 1
        ? "Tick the box for each exercise when you have done it."
        : "Tick a box for each exercise on each day you do it.");
    w.end();
    w.gap();
    w.paragraph();
    w.text("Date of day 1: ________________");
    w.end();
    w.gap();
    List<String> names = new ArrayList<>(p.entries().size());
    for (ProtocolEntry e : p.entries()) {
      names.add(e.exercise().name());
    }
    w.grid(names, days);
  }

  private static void sources(Protocol p, SheetWriter w) {
    w.section("Sources");
    List<Source> sources = p.sources();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      if (i > 0) {
        w.gap();
      }
      w.item(i + 1, sources.size());
      w.strongData(s.title());
      if (s.author().isPresent()) {
        w.lineBreak();
        w.text("By ");
        w.data(s.author().get());
      }
      if (s.publisher().isPresent()) {
        w.lineBreak();
        w.text("Published by ");
        w.data(s.publisher().get());
      }
      if (s.link().isPresent()) {
        w.lineBreak();
        w.link(s.link().get());
      }
      List<Person> experts = s.experts();
      for (Person expert : experts) {
        w.lineBreak();
        w.text("Expert: ");
        w.data(expert.displayName());
        if (expert.role().isPresent()) {
          w.text(", ");
          w.data(expert.role().get());
        }
      }
      if (s.note().isPresent()) {
        w.lineBreak();
        w.text("Note: ");
        w.data(s.note().get());
      }
      w.end();
    }
  }

  // ---------------------------------------------------------------- shared pieces

  private static void quote(Quote q, SheetWriter w) {
    w.text(w.glyphs.openQuote);
    w.data(q.text());
    w.text(w.glyphs.closeQuote + " " + w.glyphs.dash + "\u00A0");
    w.dataUnbroken(q.speaker().displayName());
  }

  /** Writes, in brackets, the areas of a sensation that its description does not name. */
  private static void unnamedAreas(Sensation s, SheetWriter w) {
    int count = 0;
    for (BodyArea a : s.areas()) {
      if (!containsIgnoreCase(s.description(), a.displayName())) {
        count++;
      }
    }
    if (count == 0) {
      return;
    }
    w.text(" (");
    int i = 0;
    for (BodyArea a : s.areas()) {
      if (!containsIgnoreCase(s.description(), a.displayName())) {
        if (i > 0) {
          w.text(i == count - 1 ? " and " : ", ");
        }
        w.text(a.displayName());
        i++;
      }
    }
    w.text(")");
  }

  private static boolean containsIgnoreCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /** Writes protocol text with its first letter upper-cased, as the start of a list item. */
  private static void capitalized(String text, SheetWriter w) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int kept = Chars.clean(cp);
      if (kept == Chars.SPACE || kept == Chars.DROP) {
        i = next;
        continue;
      }
      if (Character.isLowerCase(kept) && Character.isUpperCase(Character.toUpperCase(kept))
          && Character.charCount(Character.toUpperCase(kept)) == Character.charCount(kept)) {
        w.data(new String(Character.toChars(Character.toUpperCase(kept))));
        w.data(text.substring(next));
      } else {
        w.data(text);
      }
      return;
    }
  }

  private static void areas(List<BodyArea> areas, SheetWriter w) {
    for (int i = 0; i < areas.size(); i++) {
      if (i > 0) {
        w.text(i == areas.size() - 1 ? " and " : ", ");
      }
      w.text(areas.get(i).displayName());
    }
  }

  private static void list(List<String> items, SheetWriter w) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        w.text(i == items.size() - 1 ? " and " : ", ");
      }
      w.data(items.get(i));
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
        || startsWithWord(wording, "for"));
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
