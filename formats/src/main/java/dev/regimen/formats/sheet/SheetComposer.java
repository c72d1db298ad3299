package dev.regimen.formats.sheet;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
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
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Decides what a sheet says and in which order, and says it in plain words; a {@link
 * SheetWriter} decides how it looks. The order: title; what the routine is for (with how long a
 * session takes, from {@link SessionTime}); the safety notices (every advisory and every caution
 * in words of the protocol, then every contraindication and every caution in words of every
 * exercise, each grouped where several exercises share the same one); each exercise (its
 * position, what it needs and works, its steps with their phases, its dosage in plain words, and
 * its own safety content again, where it is read); recommendations; takeaways; the tracking grid;
 * the sources. Stateless.
 */
final class SheetComposer {
  /** The severities, the strongest first. */
  private static final Severity[] SEVERITIES = {Severity.AVOID, Severity.CAUTION};

  private static final String TAKE_CARE =
      "Take care (the reasons are under \u201CSafety first\u201D, above):";
  /**
   * Between the ends of a range of numbers, such as 2–4: the sheet's wording is Unicode, and an
   * ASCII-only output spells it as it spells every character (see {@link Chars}).
   */
  static final String RANGE = "\u2013";

  /** Before a quote's speaker, such as — David Wells-Roth. */
  static final String DASH = "\u2014";

  /** How the sheets write a date for a reader: "2 December 2026". */
  private static final DateTimeFormatter READER_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private SheetComposer() {}

  static void compose(Protocol protocol, SheetOptions options, SheetWriter w) {
    w.title(protocol.name());
    header(options.personalisation(), w);
    body(protocol, options, Set.of(), false, w);
    w.finish();
  }

  /**
   * Writes everything of a protocol's sheet after its title, without finishing the sheet.
   *
   * @param shownAdvisoryIds the advisories already shown above, left out of the safety section
   *     (which then says where they are)
   * @param cautionsShown whether the protocol's own cautions in words are shown above, and so
   *     left out of the safety section (which then says where they are)
   */
  static void body(
      Protocol protocol,
      SheetOptions options,
      Set<String> shownAdvisoryIds,
      boolean cautionsShown,
      SheetWriter w) {
    purpose(protocol, w);
    safety(protocol, shownAdvisoryIds, cautionsShown, w);
    exercises(protocol, w);
    recommendations(protocol, w);
    takeaways(protocol, w);
    if (options.includeTrackingGrid()) {
      grid(protocol, options, w);
    }
    qrCode(options.personalisation(), w);
    if (options.includeSources() && !protocol.sources().isEmpty()) {
      sources(protocol, w);
    }
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
    Optional<SessionTime.Estimate> plan = SessionTime.estimate(p);
    if (plan.isPresent()) {
      w.gap();
      w.paragraph();
      SessionTime.sentence(plan.get(), w);
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

  private static void safety(
      Protocol p, Set<String> shownAdvisoryIds, boolean cautionsShown, SheetWriter w) {
    List<Group> groups = contraindicationGroups(p);
    List<CautionGroup> cautionGroups = cautionGroups(p);
    List<Advisory> advisories = new ArrayList<>(p.advisories().size());
    for (Advisory a : p.advisories()) {
      if (!shownAdvisoryIds.contains(a.id())) {
        advisories.add(a);
      }
    }
    List<Caution> cautions = cautionsShown ? List.of() : p.cautions();
    if (advisories.isEmpty() && cautions.isEmpty() && groups.isEmpty() && cautionGroups.isEmpty()) {
      return;
    }
    w.beginSafety("Safety first: read this before you start");
    if (advisories.size() < p.advisories().size() || cautions.size() < p.cautions().size()) {
      w.gap();
      w.paragraph();
      w.text("The notices that apply to you are under ");
      w.quoted("What applies to you");
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
    for (Caution c : cautions) {
      w.gap();
      w.item(0, 0);
      caution(c, true, w);
      w.end();
    }
    if (!groups.isEmpty() || !cautionGroups.isEmpty()) {
      w.subsection("Exercises to avoid or take care with");
    }
    for (Group g : groups) {
      w.gap();
      Contraindication ci = g.contraindication;
      w.item(0, 0);
      w.text("If you have: ");
      condition(p, ci, false, w);
      w.lineBreak();
      severity(ci.severity(), g.exercises.size(), w);
      names(g.exercises, w);
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
    for (CautionGroup g : cautionGroups) {
      w.gap();
      w.item(0, 0);
      w.text("For ");
      names(g.exercises, w);
      w.text(":");
      w.lineBreak();
      caution(g.caution, true, w);
      w.end();
    }
    w.endSafety();
  }

  /** Writes the names of exercises: "A", "A and B", "A, B and C". */
  private static void names(List<Exercise> exercises, SheetWriter w) {
    for (int i = 0; i < exercises.size(); i++) {
      if (i > 0) {
        w.text(i == exercises.size() - 1 ? " and " : ", ");
      }
      w.data(exercises.get(i).name());
    }
  }

  /**
   * Writes a caution in words inside an open item: its severity and its text, such as "CAUTION:
   * Avoid this position if you have knee problems.", then, when asked, its quote.
   */
  static void caution(Caution c, boolean withQuote, SheetWriter w) {
    w.strong(c.severity() == Severity.AVOID ? "AVOID" : "CAUTION");
    w.text(": ");
    w.data(c.text());
    if (withQuote && c.quote().isPresent()) {
      w.lineBreak();
      quote(c.quote().get(), w);
    }
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

  /**
   * Writes a contraindication's condition, with its finding in brackets: as a label's value
   * ("Herniated disc (Disc extruded onto the nerve)") or, {@code inSentence}, as words inside a
   * sentence ("herniated disc (disc extruded onto the nerve)").
   */
  private static void condition(Protocol p, Contraindication ci, boolean inSentence, SheetWriter w) {
    Condition condition = null;
    for (Condition c : p.conditions()) {
      if (c.id().equals(ci.conditionId())) {
        condition = c;
        break;
      }
    }
    // A valid protocol names only its own conditions and their findings; an id stands in should
    // it ever not.
    String name = condition == null ? ci.conditionId() : condition.name();
    w.strongData(inSentence ? inSentence(name) : name);
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
      w.data(inSentence ? inSentence(finding) : finding);
      w.text(")");
    }
  }

  /**
   * {@return a name as it reads inside a sentence: "Herniated disc" as "herniated disc"} Only a
   * first word capitalised as the first word of a sentence is, its other letters lower case, is put
   * in lower case; a name such as "ACL tear", "L5-S1 pain" or "Parkinson's disease" stays as it is
   * written.
   */
  static String inSentence(String name) {
    int end = 0;
    while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
      end++;
    }
    if (end < 2 || !Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    for (int i = 1; i < end; i++) {
      if (!Character.isLowerCase(name.charAt(i))) {
        return name;
      }
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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

  /**
   * {@return the cautions in words of every exercise, each once with the exercises that carry it:
   * those to avoid first, then those to take care with, each in the protocol's order}
   */
  private static List<CautionGroup> cautionGroups(Protocol p) {
    List<CautionGroup> groups = new ArrayList<>();
    for (Severity severity : SEVERITIES) {
      for (ProtocolEntry entry : p.entries()) {
        Exercise e = entry.exercise();
        for (Caution c : e.cautions()) {
          if (c.severity() != severity) {
            continue;
          }
          CautionGroup found = null;
          for (CautionGroup g : groups) {
            if (g.caution.equals(c)) {
              found = g;
              break;
            }
          }
          if (found == null) {
            found = new CautionGroup(c);
            groups.add(found);
          }
          if (found.exercises.isEmpty() || found.exercises.get(found.exercises.size() - 1) != e) {
            found.exercises.add(e);
          }
        }
      }
    }
    return groups;
  }

  /** One caution in words and the exercises that carry it. */
  private static final class CautionGroup {
    final Caution caution;
    final List<Exercise> exercises = new ArrayList<>(2);

    CautionGroup(Caution caution) {
      this.caution = caution;
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
    if (e.startingPosition().isPresent() && !firstStepRestatesPosition(e)) {
      w.labelled("Starting position");
      w.data(e.startingPosition().get());
      w.end();
    }
    equipment(e, w);
    targets(e, w);
    steps(e, d, w);

    w.gap();
    dosage(e, d, w);

    List<Sensation> sensations = new ArrayList<>(e.sensations().size());
    for (Sensation s : e.sensations()) {
      if (!saidByAStep(e, s)) {
        sensations.add(s);
      }
    }
    Set<Integer> quotesShown = new HashSet<>(2);
    if (!sensations.isEmpty()) {
      w.gap();
      w.listLabel("What you should feel:");
      for (Sensation s : sensations) {
        w.item(0, 0);
        int said = quoteSaying(e, s);
        if (said >= 0 && quotesShown.add(said)) {
          // The expert's words say it: shown here, once, rather than again at the end.
          quote(e.quotes().get(said), w);
        } else {
          w.dataCapitalized(s.description());
          unnamedAreas(s, w);
        }
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

    if (e.hasSafetyContent()) {
      w.gap();
      w.listLabel(TAKE_CARE);
      for (Severity severity : SEVERITIES) {
        for (Contraindication ci : e.contraindications()) {
          if (ci.severity() != severity) {
            continue;
          }
          w.item(0, 0);
          if (severity == Severity.AVOID) {
            w.strong("AVOID");
            w.text(" this exercise if you have been diagnosed with ");
          } else {
            w.strong("CAUTION");
            dash(w);
            w.text("do it only with care, ideally after asking a professional, if you have been"
                + " diagnosed with ");
          }
          condition(p, ci, true, w);
          w.text(".");
          w.end();
        }
        for (Caution c : e.cautions()) {
          if (c.severity() == severity) {
            w.item(0, 0);
            caution(c, false, w);
            w.end();
          }
        }
      }
    }

    if (entry.note().isPresent()) {
      w.gap();
      w.labelled("Note");
      w.data(entry.note().get());
      w.end();
    }

    for (int i = 0; i < e.quotes().size(); i++) {
      if (quotesShown.contains(i)) {
        continue;
      }
      w.gap();
      w.quotation();
      quote(e.quotes().get(i), w);
      w.end();
    }
  }

  /**
   * {@return whether a step says a sensation, so that "What you should feel" need not} A step says
   * it when its words end a clause of the step ("You should feel a stretch in the back of your
   * thigh.") and the areas the sensation names in brackets are among those the exercise works.
   */
  private static boolean saidByAStep(Exercise e, Sensation s) {
    for (BodyArea a : s.areas()) {
      if (!names(s.description(), a)
          && !e.primaryTargets().contains(a) && !e.secondaryTargets().contains(a)) {
        return false;
      }
    }
    Restatements.Part part = Restatements.part(s.description());
    for (Step step : e.steps()) {
      if (Restatements.says(step.text(), part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the index of the exercise's first quote that says a sensation which names all its
   * areas, or -1} "You should feel this stretch in your glutes and also in your opposite groin and
   * adductors" says "a stretch in your glutes and also in your opposite groin and adductors".
   */
  private static int quoteSaying(Exercise e, Sensation s) {
    for (BodyArea a : s.areas()) {
      if (!names(s.description(), a)) {
        return -1;
      }
    }
    Restatements.Part part = Restatements.part(s.description());
    for (int i = 0; i < e.quotes().size(); i++) {
      if (Restatements.says(e.quotes().get(i).text(), part)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Writes what the exercise needs: the equipment listed, or that none is needed, and a partner
   * when one is; nothing when the source does not say and no partner is needed.
   */
  private static void equipment(Exercise e, SheetWriter w) {
    switch (e.equipmentStatus()) {
      case LISTED:
        w.labelled("You need");
        List<String> items = e.equipment();
        for (int i = 0; i < items.size(); i++) {
          if (i > 0) {
            w.text(i == items.size() - 1 && !e.needsPartner() ? " and " : ", ");
          }
          w.data(items.get(i));
        }
        if (e.needsPartner()) {
          w.text(" and a partner");
        }
        w.end();
        break;
      case NONE_NEEDED:
        w.labelled("You need");
        w.text(e.needsPartner() ? "a partner, but no equipment" : "no equipment");
        w.end();
        break;
      case NOT_STATED:
      default:
        // The source does not say: the sheet says nothing rather than "no equipment".
        if (e.needsPartner()) {
          w.labelled("You need");
          w.text("a partner");
          w.end();
        }
        break;
    }
  }

  /** Writes the areas the exercise works: the primary ones, then the secondary ones. */
  private static void targets(Exercise e, SheetWriter w) {
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
  }

  /**
   * Writes the numbered steps. Where an exercise's steps are of more than one phase, the first
   * step of each phase says when it is done: "Then, on each side:" (a side's set-up, for a
   * one-sided exercise), "Then, each time:" (each repetition, after steps done once), "To switch
   * sides:", "To finish:". A set-up is never marked (it comes first), nor a side's set-up of an
   * exercise done with both sides at once (it is a set-up then), nor the repetition of a set given
   * as a duration or a distance (done once, for the whole set).
   */
  private static void steps(Exercise e, Dosage d, SheetWriter w) {
    boolean oneSided = d.sideOrder().isOneSided();
    boolean counted = d.duration().isEmpty() && d.distance().isEmpty();
    List<Step> steps = e.steps();
    boolean phased = false;
    for (Step s : steps) {
      phased |= phase(s, oneSided) != phase(steps.get(0), oneSided);
    }
    w.gap();
    w.listLabel("Steps:");
    StepPhase before = null;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      StepPhase phase = phase(step, oneSided);
      w.item(i + 1, steps.size());
      if (phased && phase != before) {
        String lead = lead(phase, i == 0, counted);
        if (lead != null && !saysItsLead(phase, step.text())) {
          w.strong(lead);
          w.text(" ");
        }
      }
      w.data(step.text());
      w.end();
      before = phase;
    }
  }

  /**
   * {@return whether the first step says the starting position word for word, but for its verb
   * ("Sit up straight in a chair." for "Sitting up straight in a chair."), so that the sheet says it
   * once, as the step}
   */
  private static boolean firstStepRestatesPosition(Exercise e) {
    return e.startingPosition().isPresent()
        && Restatements.restatesPosition(e.steps().get(0).text(), e.startingPosition().get());
  }

  /** {@return a step's phase as the person does it: a side's set-up is a set-up without sides} */
  private static StepPhase phase(Step s, boolean oneSided) {
    return s.phase() == StepPhase.SIDE_SETUP && !oneSided ? StepPhase.SETUP : s.phase();
  }

  /**
   * {@return whether a step says itself what the lead of its phase would: "Breathe and switch
   * sides." needs no "To switch sides:"}
   */
  private static boolean saysItsLead(StepPhase phase, String text) {
    if (phase != StepPhase.SWITCH_SIDES) {
      return false;
    }
    List<String> words = Restatements.words(text);
    for (String verb : new String[] {"switch", "change", "swap"}) {
      if (Collections.indexOfSubList(words, List.of(verb, "sides")) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@return the words that mark the first step of a phase, or null for none} */
  private static String lead(StepPhase phase, boolean first, boolean counted) {
    switch (phase) {
      case SIDE_SETUP:
        return first ? "On each side:" : "Then, on each side:";
      case REPETITION:
        return first || !counted ? null : "Then, each time:";
      case SWITCH_SIDES:
        return "To switch sides:";
      case FINISH:
        return "To finish:";
      case SETUP:
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- dosage in plain words

  private static void dosage(Exercise e, Dosage d, SheetWriter w) {
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
        w.text(RANGE);
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
        w.text(RANGE);
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
      w.text(RANGE);
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
      w.text(RANGE);
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
      w.text(RANGE);
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
      w.text(RANGE);
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
      w.text(RANGE);
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
      w.text(RANGE);
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
      w.text(RANGE);
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
    w.text(RANGE);
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
    if (options.includePainScore()) {
      w.text(days == 1
          ? " In the last row, write how bad your pain was that day, from 0 (no pain) to 10"
              + " (the worst pain you can imagine)."
          : " In the last row, write how bad your pain was each day, from 0 (no pain) to 10"
              + " (the worst pain you can imagine).");
    }
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
    w.grid(names, days, options.includePainScore());
  }

  // ---------------------------------------------------------------- the person's details

  /** {@return a date as the sheets write it for a reader, such as "2 December 2026"} */
  static String readerDate(LocalDate date) {
    return READER_DATE.format(date);
  }

  /**
   * Writes the details of the person the sheet is for, right after the title, if any is given.
   */
  static void header(Personalisation p, SheetWriter w) {
    if (!p.hasHeader()) {
      return;
    }
    List<String> labels = new ArrayList<>(5);
    List<String> values = new ArrayList<>(5);
    p.patientName().ifPresent(v -> detail("Patient", v, labels, values));
    p.dateGiven().ifPresent(v -> detail("Date given", readerDate(v), labels, values));
    p.clinician().ifPresent(v -> detail("Clinician", v, labels, values));
    p.clinicContact().ifPresent(v -> detail("Clinic contact", v, labels, values));
    p.reviewDate().ifPresent(v -> detail("Review date", readerDate(v), labels, values));
    w.details(labels, values);
  }

  private static void detail(String label, String value, List<String> labels, List<String> values) {
    labels.add(label);
    values.add(value);
  }

  /** Writes the web address the caller gave, with its QR code, in a section of its own. */
  static void qrCode(Personalisation p, SheetWriter w) {
    if (p.qrTarget().isEmpty()) {
      return;
    }
    w.section("Online");
    w.qrCode(p.qrTarget().get());
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
    w.quotedData(q.text());
    w.text(" ");
    w.text(DASH);
    w.text("\u00A0");
    w.dataUnbroken(q.speaker().displayName());
  }

  /** Writes, in brackets, the areas of a sensation that its description does not name. */
  private static void unnamedAreas(Sensation s, SheetWriter w) {
    int count = 0;
    for (BodyArea a : s.areas()) {
      if (!names(s.description(), a)) {
        count++;
      }
    }
    if (count == 0) {
      return;
    }
    w.text(" (");
    int i = 0;
    for (BodyArea a : s.areas()) {
      if (!names(s.description(), a)) {
        if (i > 0) {
          w.text(i == count - 1 ? " and " : ", ");
        }
        w.data(a.displayName());
        i++;
      }
    }
    w.text(")");
  }

  /**
   * {@return whether a description names an area, as the area is called or, for a name in the
   * plural, in the singular: "the hamstring of the raised leg" names the hamstrings}
   */
  private static boolean names(String description, BodyArea a) {
    String name = a.displayName();
    if (Restatements.containsIgnoreCase(description, name)) {
      return true;
    }
    List<String> words = Restatements.words(name);
    int last = words.size() - 1;
    if (last < 0 || !words.get(last).endsWith("s") || words.get(last).length() < 4) {
      return false;
    }
    List<String> singular = new ArrayList<>(words);
    singular.set(last, words.get(last).substring(0, words.get(last).length() - 1));
    return Collections.indexOfSubList(Restatements.words(description), singular) >= 0;
  }

  private static void areas(List<BodyArea> areas, SheetWriter w) {
    for (int i = 0; i < areas.size(); i++) {
      if (i > 0) {
        w.text(i == areas.size() - 1 ? " and " : ", ");
      }
      w.data(areas.get(i).displayName());
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
    w.text(DASH);
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
