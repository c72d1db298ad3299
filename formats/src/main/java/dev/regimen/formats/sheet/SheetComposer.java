package dev.regimen.formats.sheet;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.dosage.Distance;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Frequency;
import dev.regimen.core.dosage.FrequencyPeriod;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Intensity;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.RepetitionBasis;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.dosage.SideOrder;
import dev.regimen.core.dosage.TimeRange;
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
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a sheet says and in which order, and says it in plain words; a {@link
 * SheetWriter} decides how it looks. The order: title; what the routine is for (with how long a
 * session takes, from {@link SessionTime}); the safety
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
    w.title(protocol.name());
    body(protocol, options, Set.of(), w);
    w.finish();
  }

  /**
   * Writes everything of a protocol's sheet after its title, without finishing the sheet.
   *
   * @param shownAdvisoryIds the advisories already shown above, left out of the safety section
   *     (which then says where they are)
   */
  static void body(
      Protocol protocol, SheetOptions options, Set<String> shownAdvisoryIds, SheetWriter w) {
    purpose(protocol, w);
    safety(protocol, shownAdvisoryIds, w);
    exercises(protocol, w);
    recommendations(protocol, w);
    takeaways(protocol, w);
    if (options.includeTrackingGrid()) {
      grid(protocol, options, w);
    }
    if (options.includeSources() && !protocol.sources().isEmpty()) {
      sources(protocol, w);
    }
  }

  /**
   * {@return a guess at the length of a sheet, a little over the real length for most protocols,
   * to size its buffer once} The sheet's own wording, indents and the safety box add about a fifth
   * to the protocol's text; each exercise adds its labels; the grid adds two lines per exercise.
   */
  static int estimate(Protocol p, SheetOptions options) {
    long chars = p.name().length() + p.summary().length() + 40L * p.targetSegments().size();
    for (Condition c : p.conditions()) {
      chars += c.name().length() + c.description().length() + 8;
    }
    for (Advisory a : p.advisories()) {
      chars += a.name().length() + a.text().length() + 60 + estimateOfQuotes(a.quotes());
    }
    for (ProtocolEntry entry : p.entries()) {
      Exercise e = entry.exercise();
      chars += 2 * e.name().length() + e.startingPosition().map(String::length).orElse(0) + 260;
      chars += e.purpose().map(String::length).orElse(0);
      chars += entry.note().map(String::length).orElse(0);
      chars += entry.dosage().notes().map(String::length).orElse(0);
      for (String s : e.equipment()) {
        chars += s.length() + 2;
      }
      for (Step s : e.steps()) {
        chars += s.text().length() + 8;
      }
      for (Sensation s : e.sensations()) {
        chars += s.description().length() + 20;
      }
      for (Modification m : e.modifications()) {
        chars += m.when().length() + m.instruction().length() + 8;
      }
      for (Progression pr : e.progressions()) {
        chars += pr.name().length() + pr.sign().length() + 40;
        chars += pr.instruction().map(String::length).orElse(0);
      }
      for (Contraindication ci : e.contraindications()) {
        chars += ci.rationale().length() + 200 + ci.quote().map(q -> q.text().length() + 40).orElse(0);
      }
      chars += estimateOfQuotes(e.quotes());
    }
    for (Recommendation r : p.recommendations()) {
      chars += r.name().length() + r.text().length() + 8 + estimateOfQuotes(r.quotes());
    }
    for (String t : p.takeaways()) {
      chars += t.length() + 4;
    }
    if (options.includeSources()) {
      for (Source s : p.sources()) {
        chars += s.name().length() + 100 + s.note().map(String::length).orElse(0);
        chars += 60L * s.experts().size();
      }
    }
    chars += chars / 5;
    if (options.includeTrackingGrid()) {
      chars += (2L * p.entries().size() + 6) * Math.min(options.width(), 40 + 4L * options.trackingDays());
    }
    return (int) Math.min(1024 + chars, Integer.MAX_VALUE - 16);
  }

  private static int estimateOfQuotes(List<Quote> quotes) {
    int n = 0;
    for (Quote q : quotes) {
      n += q.text().length() + 40;
    }
    return n;
  }

  /**
   * {@return a buffer for a sheet of about {@code capacity} characters} A Unicode sheet holds
   * box-drawing characters from its first line on, so its buffer starts as UTF-16 rather than being
   * inflated (copied) from Latin-1 when the first such character arrives.
   */
  static StringBuilder buffer(int capacity, boolean ascii) {
    if (ascii) {
      return new StringBuilder(capacity);
    }
    StringBuilder b = new StringBuilder(1).append('\u2500');
    b.setLength(0);
    b.ensureCapacity(capacity);
    return b;
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
    Optional<SessionPlan> plan = SessionTime.plan(p);
    if (plan.isPresent()) {
      w.gap();
      w.paragraph();
      SessionTime.sentence(p, plan.get(), w);
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

  private static void safety(Protocol p, Set<String> shownAdvisoryIds, SheetWriter w) {
    List<Group> groups = contraindicationGroups(p);
    List<Advisory> advisories = new ArrayList<>(p.advisories().size());
    for (Advisory a : p.advisories()) {
      if (!shownAdvisoryIds.contains(a.id())) {
        advisories.add(a);
      }
    }
    boolean cautions = !p.cautions().isEmpty();
    for (ProtocolEntry entry : p.entries()) {
      cautions |= !entry.exercise().cautions().isEmpty();
    }
    if (advisories.isEmpty() && groups.isEmpty() && !cautions) {
      return;
    }
    w.beginSafety("Safety first: read this before you start");
    if (advisories.size() < p.advisories().size()) {
      w.gap();
      w.paragraph();
      w.text("The notices that apply to you are under ");
      w.text(w.glyphs.openQuote);
      w.text("What applies to you");
      w.text(w.glyphs.closeQuote);
      w.text(", above.");
      if (!advisories.isEmpty()) {
        w.text(" The ones below do not apply to what is known about you today, but they may come to.");
      }
      w.end();
    }
    for (Advisory a : advisories) {
      w.gap();
      w.item(0, 0);
      advisory(a, w);
      w.end();
    }
    for (Caution c : p.cautions()) {
      w.gap();
      w.item(0, 0);
      caution(c, w);
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
    if (cautions) {
      for (ProtocolEntry entry : p.entries()) {
        Exercise e = entry.exercise();
        for (Caution c : e.cautions()) {
          w.gap();
          w.item(0, 0);
          w.strongData(e.name());
          w.text(": ");
          caution(c, w);
          w.end();
        }
      }
    }
    w.endSafety();
  }

  /** Writes a caution in words inside an open item: its severity, its text, its quote. */
  static void caution(Caution c, SheetWriter w) {
    w.strong(c.severity() == Severity.AVOID ? "AVOID" : "CAUTION");
    w.text(": ");
    w.data(c.text());
    c.quote().ifPresent(q -> {
      w.lineBreak();
      quote(q, w);
    });
  }

  /** Writes an advisory inside an open item: its title, when it applies, its text, its quotes. */
  static void advisory(Advisory a, SheetWriter w) {
    w.strongData(a.name());
    w.lineBreak();
    appliesWhen(a, w);
    w.data(a.text());
    for (Quote q : a.quotes()) {
      w.lineBreak();
      quote(q, w);
    }
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
        if (weeks == 1) {
          w.text("Applies if your pain has lasted a week or more.");
        } else {
          w.text("Applies if your pain has lasted ");
          w.number(weeks);
          w.text("\u00A0weeks or more.");
        }
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
    Condition condition = null;
    for (Condition c : p.conditions()) {
      if (c.id().equals(ci.conditionId())) {
        condition = c;
        break;
      }
    }
    // A valid protocol names only its own conditions and their findings; an id stands in should
    // it ever not.
    w.strongData(condition == null ? ci.conditionId() : condition.name());
    if (ci.findingId().isPresent()) {
      String findingId = ci.findingId().get();
      String finding = findingId;
      if (condition != null) {
        for (Finding f : condition.findings()) {
          if (f.id().equals(findingId)) {
            finding = f.name();
            break;
          }
        }
      }
      w.text(" (");
      w.data(finding);
      w.text(")");
    }
  }

  /**
   * Writes a severity in words for one exercise or several, such as "AVOID — do not do this
   * exercise: ", to be followed by the exercises' names.
   */
  static void severity(Severity severity, int exercises, SheetWriter w) {
    String which = exercises == 1 ? "this exercise" : "these exercises";
    if (severity == Severity.AVOID) {
      w.strong("AVOID");
      dash(w);
      w.text("do not do ");
      w.text(which);
      w.text(": ");
    } else {
      w.strong("CAUTION");
      dash(w);
      w.text("do ");
      w.text(which);
      w.text(" only with care, ideally after asking a professional: ");
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
      // Exercises are visited in order, so a repeat can only be the last one added: comparing
      // with it keeps grouping linear in the number of entries (contains() made it quadratic).
      if (found.exercises.isEmpty() || found.exercises.get(found.exercises.size() - 1) != e) {
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
    if (e.startingPosition().isPresent()) {
      w.labelled("Starting position");
      w.data(e.startingPosition().get());
      w.end();
    }
    switch (e.equipmentStatus()) {
      case LISTED:
        w.labelled("You need");
        list(e.equipment(), w);
        if (e.needsPartner()) {
          w.text(" and a partner");
        }
        w.end();
        break;
      case NONE_NEEDED:
        w.labelled("You need");
        w.text(e.needsPartner() ? "a partner, and no equipment" : "no equipment");
        w.end();
        break;
      case NOT_STATED:
      default:
        if (e.needsPartner()) {
          w.labelled("You need");
          w.text("a partner");
          w.end();
        }
        break;
    }
    if (!e.primaryTargets().isEmpty()) {
      w.labelled("Works");
      areas(e.primaryTargets(), w);
      if (!e.secondaryTargets().isEmpty()) {
        w.text(", and also ");
        areas(e.secondaryTargets(), w);
      }
      w.end();
    } else if (!e.secondaryTargets().isEmpty()) {
      w.labelled("Also works");
      areas(e.secondaryTargets(), w);
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
        w.dataCapitalized(s.description());
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
            dash(w);
            w.text("do it only with care, ideally after asking a professional, if you have: ");
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
      w.text(" Start with your ");
      w.text(d.firstSide().get().displayName());
      w.text(" side.");
    }
    if (d.sets().max() > 1) {
      w.text(" Do ");
      w.number(d.sets().min());
      if (!d.sets().isExact()) {
        w.text(w.glyphs.range);
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
    if (d.intensity().isPresent()) {
      Intensity in = d.intensity().get();
      w.labelled("How hard");
      w.data(in.description());
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
      w.text(h.approximate() ? "for about " : "for ");
      w.number(b);
      w.text(b == 1 ? "\u00A0breath" : "\u00A0breaths");
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
    w.number(s);
    if (h.maxSeconds().isPresent() && h.maxSeconds().getAsInt() != s) {
      w.text(w.glyphs.range);
      w.number(h.maxSeconds().getAsInt());
      w.text("\u00A0seconds");
    } else {
      w.text(s == 1 ? "\u00A0second" : "\u00A0seconds");
    }
  }

  private static void repetitions(Dosage d, SheetWriter w) {
    if (d.repetitions().isEmpty()) {
      amount(d, w);
      return;
    }
    Repetitions r = d.repetitions().get();
    boolean perSide = r.basis() == RepetitionBasis.PER_SIDE;
    switch (d.sideOrder()) {
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
        throw new IllegalStateException("unknown side order " + d.sideOrder());
    }
  }

  /**
   * Writes the amount of a dosage that counts no repetitions: a duration, a distance, as many as
   * you can, or that the source gives no number.
   */
  private static void amount(Dosage d, SheetWriter w) {
    String sides =
        d.sideOrder() == SideOrder.ONE_SIDE_THEN_OTHER ? " on one side, then the other" : "";
    if (d.duration().isPresent()) {
      w.text(d.asManyAsPossible() ? "Do as many as you can in " : "Keep going for ");
      time(d.duration().get(), w);
      w.text(sides);
      w.text(".");
    } else if (d.distance().isPresent()) {
      Distance distance = d.distance().get();
      w.text("Cover ");
      w.number(distance.amount());
      if (distance.maxAmount().isPresent() && distance.maxAmount().getAsInt() != distance.amount()) {
        w.text(w.glyphs.range);
        w.number(distance.maxAmount().getAsInt());
      }
      int most = distance.maxAmount().orElse(distance.amount());
      String unit = distance.unit().name().toLowerCase(java.util.Locale.ROOT);
      w.text("\u00A0" + (most == 1 ? unit.substring(0, unit.length() - 1) : unit));
      w.text(sides);
      w.text(".");
    } else if (d.asManyAsPossible()) {
      w.text("Do as many as you can");
      w.text(sides);
      w.text(".");
    } else {
      w.text("The source gives no number of repetitions: ask your clinician how many to do.");
    }
  }

  /** Writes a time in words: "30\u00A0minutes", "20–30\u00A0seconds", "10\u00A0minutes or more". */
  private static void time(TimeRange t, SheetWriter w) {
    if (t.approximate()) {
      w.text("about ");
    }
    int min = t.seconds();
    int max = t.maxSeconds().orElse(min);
    boolean minutes = min % 60 == 0 && max % 60 == 0;
    int unit = minutes ? 60 : 1;
    w.number(min / unit);
    if (max != min) {
      w.text(w.glyphs.range);
      w.number(max / unit);
    }
    w.text(minutes ? (max == 60 ? "\u00A0minute" : "\u00A0minutes") : (max == 1 ? "\u00A0second" : "\u00A0seconds"));
    if (t.orMore()) {
      w.text(" or more");
    }
  }

  /** Writes how many times: "once", "twice", "3 times", "2–4 times". */
  private static void times(Repetitions r, SheetWriter w) {
    if (r.isExact() && r.min() <= 2) {
      w.text(r.min() == 1 ? "once" : "twice");
      return;
    }
    w.number(r.min());
    if (!r.isExact()) {
      w.text(w.glyphs.range);
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
      w.text(w.glyphs.range);
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

  /** Writes a range of seconds, in whole minutes when both ends are. */
  static void duration(Range seconds, SheetWriter w) {
    if (seconds.isExact()) {
      duration(seconds.min(), w);
      return;
    }
    boolean minutes = seconds.min() % 60 == 0 && seconds.max() % 60 == 0 && seconds.min() > 0;
    int unit = minutes ? 60 : 1;
    w.number(seconds.min() / unit);
    w.text(w.glyphs.range);
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
      w.strongData(r.name());
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
    w.text(days == 1 ? "Date: ________________" : "Date of day 1: ________________");
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
      w.strongData(s.name());
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

  /** Writes a quote with its speaker: “…” — David Wells-Roth, MD. */
  static void quote(Quote q, SheetWriter w) {
    w.text(w.glyphs.openQuote);
    w.data(q.text());
    w.text(w.glyphs.closeQuote);
    w.text(" ");
    w.text(w.glyphs.dash);
    w.text("\u00A0");
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

  /** Writes a dash between spaces, such as " — ". */
  static void dash(SheetWriter w) {
    w.text(" ");
    w.text(w.glyphs.dash);
    w.text(" ");
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
