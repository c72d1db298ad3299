package dev.regimen.formats.sheet;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.anatomy.SpinalSegment;
import dev.regimen.core.condition.Condition;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.Modification;
import dev.regimen.core.exercise.Progression;
import dev.regimen.core.exercise.ProgressionDirection;
import dev.regimen.core.exercise.Sensation;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.exercise.StepPhase;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.protocol.Recommendation;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.session.SessionLength;
import dev.regimen.core.source.Person;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a protocol's sheet says and in which order; a {@link SheetWriter} records it as the
 * sheet's tree. The order: title; the person's details, if given; what the routine is for (with
 * how long a session takes, from {@link SessionTime}); the safety notices ({@link SafetyNotices});
 * each exercise (its position, what it needs and works, its steps with their phases, its dosage in
 * plain words from {@link DoseWording}, and its own safety content again, where it is read);
 * recommendations; takeaways; the tracking grid; the web address of the caller's QR code; the
 * sources. Stateless.
 */
final class SheetComposer {
  /**
   * Between the ends of a range of numbers, such as 2–4: the sheet's wording is Unicode, and an
   * ASCII-only output spells it as it spells every character (see {@link Chars}).
   */
  static final String RANGE = "\u2013";

  /** Before a quote's speaker, such as — David Wells-Roth. */
  static final String DASH = "\u2014";

  private SheetComposer() {}

  static void compose(Protocol protocol, SheetOptions options, SheetWriter w) {
    SheetWording say = SheetWording.of(options.locale());
    w.title(protocol.name());
    header(options.personalisation(), say, w);
    body(protocol, options, Set.of(), false, Map.of(), say, w);
    w.finish();
  }

  /**
   * Writes everything of a protocol's sheet after its title, without finishing the sheet.
   *
   * @param shownAdvisoryIds the advisories already shown above, left out of the safety section
   *     (which then says where they are)
   * @param cautionsShown whether the protocol's own cautions in words are shown above, and so
   *     left out of the safety section (which then says where they are)
   * @param screened the reasons a screening added to the notes of the exercises it kept with
   *     caution, by exercise id, so that the sheet says them in its own words
   */
  static void body(
      Protocol protocol,
      SheetOptions options,
      Set<String> shownAdvisoryIds,
      boolean cautionsShown,
      Map<String, List<Reason>> screened,
      SheetWording say,
      SheetWriter w) {
    purpose(protocol, say, w);
    SafetyNotices.section(protocol, shownAdvisoryIds, cautionsShown, say, w);
    exercises(protocol, screened, say, w);
    recommendations(protocol, say, w);
    takeaways(protocol, say, w);
    if (options.includeTrackingGrid()) {
      grid(protocol, options, say, w);
    }
    qrCode(options.personalisation(), say, w);
    if (options.includeSources() && !protocol.sources().isEmpty()) {
      sources(protocol, say, w);
    }
  }

  // ---------------------------------------------------------------- what it is for

  private static void purpose(Protocol p, SheetWording say, SheetWriter w) {
    w.section(say.text("sheet.purpose"));
    w.paragraph();
    w.data(p.summary());
    w.end();
    List<SpinalSegment> segments = p.targetSegments();
    if (!segments.isEmpty()) {
      w.gap();
      w.labelled(say.text("sheet.forPainAt"));
      List<SheetWording.Part> described = new ArrayList<>(segments.size());
      for (SpinalSegment s : segments) {
        described.add(segment(s, say));
      }
      say.list(described).write(w);
      w.end();
    }
    Optional<SessionLength> length = SessionTime.length(p);
    if (length.isPresent()) {
      w.gap();
      w.paragraph();
      SessionTime.sentence(p, length.get(), say, w);
      w.end();
    }
    List<Condition> conditions = p.conditions();
    if (!conditions.isEmpty()) {
      w.gap();
      w.listLabel(say.text("sheet.causes"));
      for (Condition c : conditions) {
        w.item(0, conditions.size());
        say.phrase("sheet.named")
            .with("name", SheetWording.strongData(c.name()))
            .with("text", SheetWording.data(c.description()))
            .write(w);
        w.end();
      }
    }
  }

  // ---------------------------------------------------------------- exercises

  private static void exercises(
      Protocol p, Map<String, List<Reason>> screened, SheetWording say, SheetWriter w) {
    w.section(say.text(p.entries().size() == 1 ? "sheet.exercise" : "sheet.exercises"));
    int n = 0;
    for (ProtocolEntry entry : p.entries()) {
      exercise(p, ++n, entry, screened.getOrDefault(entry.exercise().id(), List.of()), say, w);
    }
  }

  private static void exercise(
      Protocol p,
      int number,
      ProtocolEntry entry,
      List<Reason> screened,
      SheetWording say,
      SheetWriter w) {
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
      w.labelled(say.text("sheet.startingPosition"));
      w.data(e.startingPosition().get());
      w.end();
    }
    equipment(e, say, w);
    targets(e, say, w);
    steps(e, d, say, w);

    w.gap();
    DoseWording.dosage(e, d, say, w);

    List<Sensation> sensations = new ArrayList<>(e.sensations().size());
    for (Sensation s : e.sensations()) {
      if (!saidByAStep(e, s)) {
        sensations.add(s);
      }
    }
    Set<Integer> quotesShown = new HashSet<>(2);
    if (!sensations.isEmpty()) {
      w.gap();
      w.listLabel(say.text("sheet.feel"));
      for (Sensation s : sensations) {
        w.item(0, 0);
        int said = quoteSaying(e, s);
        if (said >= 0 && quotesShown.add(said)) {
          // The expert's words say it: shown here, once, rather than again at the end.
          quote(e.quotes().get(said), w);
        } else {
          w.dataCapitalized(s.description());
          unnamedAreas(s, say, w);
        }
        w.end();
      }
    }

    if (!e.modifications().isEmpty()) {
      w.gap();
      w.listLabel(say.text("sheet.changes"));
      for (Modification m : e.modifications()) {
        w.item(0, 0);
        say.phrase("sheet.named")
            .with("name", SheetWording.strongData(m.when()))
            .with("text", SheetWording.data(m.instruction()))
            .write(w);
        w.end();
      }
    }

    if (!e.progressions().isEmpty()) {
      w.gap();
      w.listLabel(say.text("sheet.progressions"));
      for (Progression pr : e.progressions()) {
        w.item(0, 0);
        say.phrase("sheet.progression")
            .with("direction", SheetWording.strong(say.text(
                pr.direction() == ProgressionDirection.EASIER ? "sheet.easier" : "sheet.harder")))
            .with("name", SheetWording.strongData(pr.name()))
            .write(w);
        if (pr.instruction().isPresent()) {
          w.text(" ");
          w.data(pr.instruction().get());
        }
        w.lineBreak();
        say.phrase("sheet.whenToSwitch").with("sign", SheetWording.data(pr.sign())).write(w);
        w.end();
      }
    }

    SafetyNotices.ofExercise(p, e, say, w);

    if (entry.note().isPresent()) {
      w.gap();
      w.labelled(say.text("sheet.note"));
      note(entry.note().get(), screened, say, w);
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
   * Writes an entry's note; the sentences a screening added to it for the reasons to take care
   * ({@link Reason#noteSentence()}) are said in the sheet's words around the condition and the
   * rationale, after the note's own words.
   */
  private static void note(String note, List<Reason> screened, SheetWording say, SheetWriter w) {
    StringBuilder own = new StringBuilder(note);
    List<Reason> added = new ArrayList<>(screened.size());
    for (Reason r : screened) {
      String sentence = r.noteSentence();
      int at = own.lastIndexOf(sentence);
      if (at >= 0) {
        own.delete(at, at + sentence.length());
        added.add(r);
      }
    }
    String kept = own.toString().strip().replaceAll("\\s{2,}", " ");
    boolean first = true;
    if (!kept.isEmpty()) {
      w.data(kept);
      first = false;
    }
    for (Reason r : added) {
      if (!first) {
        w.text(" ");
      }
      first = false;
      say.phrase("screening.note.caution")
          .with("condition", SheetWording.data(r.matchedOn()))
          .with("rationale", SheetWording.data(r.rationale()))
          .write(w);
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
  private static void equipment(Exercise e, SheetWording say, SheetWriter w) {
    switch (e.equipmentStatus()) {
      case LISTED:
        w.labelled(say.text("sheet.youNeed"));
        List<SheetWording.Part> items = new ArrayList<>(e.equipment().size() + 1);
        for (String item : e.equipment()) {
          items.add(SheetWording.data(item));
        }
        if (e.needsPartner()) {
          items.add(say.phrase("sheet.aPartner"));
        }
        say.list(items).write(w);
        w.end();
        break;
      case NONE_NEEDED:
        w.labelled(say.text("sheet.youNeed"));
        w.text(say.text(e.needsPartner() ? "sheet.partnerNoEquipment" : "sheet.noEquipment"));
        w.end();
        break;
      case NOT_STATED:
      default:
        // The source does not say: the sheet says nothing rather than "no equipment".
        if (e.needsPartner()) {
          w.labelled(say.text("sheet.youNeed"));
          w.text(say.text("sheet.aPartner"));
          w.end();
        }
        break;
    }
  }

  /** Writes the areas the exercise works: the primary ones, then the secondary ones. */
  private static void targets(Exercise e, SheetWording say, SheetWriter w) {
    if (!e.primaryTargets().isEmpty()) {
      w.labelled(say.text("sheet.works"));
      if (!e.secondaryTargets().isEmpty()) {
        say.phrase("sheet.works.andAlso")
            .with("primary", areas(e.primaryTargets(), say))
            .with("secondary", areas(e.secondaryTargets(), say))
            .write(w);
      } else {
        areas(e.primaryTargets(), say).write(w);
      }
      w.end();
    } else if (!e.secondaryTargets().isEmpty()) {
      w.labelled(say.text("sheet.alsoWorks"));
      areas(e.secondaryTargets(), say).write(w);
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
  private static void steps(Exercise e, Dosage d, SheetWording say, SheetWriter w) {
    boolean oneSided = d.sideOrder().isOneSided();
    boolean counted = d.duration().isEmpty() && d.distance().isEmpty();
    List<Step> steps = e.steps();
    boolean phased = false;
    for (Step s : steps) {
      phased |= phase(s, oneSided) != phase(steps.get(0), oneSided);
    }
    w.gap();
    w.listLabel(say.text("sheet.steps"));
    StepPhase before = null;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      StepPhase phase = phase(step, oneSided);
      w.item(i + 1, steps.size());
      if (phased && phase != before) {
        String lead = lead(phase, i == 0, counted, say);
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
  private static String lead(StepPhase phase, boolean first, boolean counted, SheetWording say) {
    switch (phase) {
      case SIDE_SETUP:
        return say.text(first ? "sheet.step.eachSide" : "sheet.step.thenEachSide");
      case REPETITION:
        return first || !counted ? null : say.text("sheet.step.eachTime");
      case SWITCH_SIDES:
        return say.text("sheet.step.switchSides");
      case FINISH:
        return say.text("sheet.step.finish");
      case SETUP:
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- recommendations, takeaways

  private static void recommendations(Protocol p, SheetWording say, SheetWriter w) {
    List<Recommendation> recs = p.recommendations();
    if (recs.isEmpty()) {
      return;
    }
    w.section(say.text("sheet.recommendations"));
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

  private static void takeaways(Protocol p, SheetWording say, SheetWriter w) {
    if (p.takeaways().isEmpty()) {
      return;
    }
    w.section(say.text("sheet.takeaways"));
    for (String t : p.takeaways()) {
      w.item(0, 0);
      w.data(t);
      w.end();
    }
  }

  // ---------------------------------------------------------------- grid, sources

  private static void grid(Protocol p, SheetOptions options, SheetWording say, SheetWriter w) {
    w.section(say.text("grid.heading"));
    int days = options.trackingDays();
    w.paragraph();
    w.text(say.text(days == 1 ? "grid.tick.oneDay" : "grid.tick"));
    if (options.includePainScore()) {
      w.text(" ");
      w.text(say.text(days == 1 ? "grid.pain.oneDay" : "grid.pain"));
    }
    w.end();
    w.gap();
    w.paragraph();
    w.text(say.text(days == 1 ? "grid.date.oneDay" : "grid.date"));
    w.end();
    w.gap();
    List<String> names = new ArrayList<>(p.entries().size());
    for (ProtocolEntry e : p.entries()) {
      names.add(e.exercise().name());
    }
    w.grid(names, days, options.includePainScore());
  }

  // ---------------------------------------------------------------- the person's details

  /**
   * {@return a date as the sheets write it for a reader, in the wording's language, such as "2
   * December 2026" or "2 de diciembre de 2026"}
   */
  static String readerDate(LocalDate date, SheetWording say) {
    return DateTimeFormatter.ofPattern(say.text("date.pattern"), say.locale()).format(date);
  }

  /**
   * Writes the details of the person the sheet is for, right after the title, if any is given.
   */
  static void header(Personalisation p, SheetWording say, SheetWriter w) {
    if (!p.hasHeader()) {
      return;
    }
    List<String> labels = new ArrayList<>(5);
    List<String> values = new ArrayList<>(5);
    p.patientName().ifPresent(v -> detail(say.text("details.patient"), v, labels, values));
    p.dateGiven().ifPresent(v -> detail(say.text("details.dateGiven"), readerDate(v, say), labels, values));
    p.clinician().ifPresent(v -> detail(say.text("details.clinician"), v, labels, values));
    p.clinicContact().ifPresent(v -> detail(say.text("details.clinicContact"), v, labels, values));
    p.reviewDate().ifPresent(v -> detail(say.text("details.reviewDate"), readerDate(v, say), labels, values));
    w.details(labels, values);
  }

  private static void detail(String label, String value, List<String> labels, List<String> values) {
    labels.add(label);
    values.add(value);
  }

  /** Writes the web address the caller gave, with its QR code, in a section of its own. */
  static void qrCode(Personalisation p, SheetWording say, SheetWriter w) {
    if (p.qrTarget().isEmpty()) {
      return;
    }
    w.section(say.text("sheet.online"));
    w.qrCode(p.qrTarget().get());
  }

  private static void sources(Protocol p, SheetWording say, SheetWriter w) {
    w.section(say.text("sources.heading"));
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
        say.phrase("sources.by").with("author", SheetWording.data(s.author().get())).write(w);
      }
      if (s.publisher().isPresent()) {
        w.lineBreak();
        say.phrase("sources.publisher").with("publisher", SheetWording.data(s.publisher().get())).write(w);
      }
      if (s.link().isPresent()) {
        w.lineBreak();
        w.link(s.link().get());
      }
      List<Person> experts = s.experts();
      for (Person expert : experts) {
        w.lineBreak();
        if (expert.role().isPresent()) {
          say.phrase("sources.expert.role")
              .with("expert", SheetWording.data(expert.displayName()))
              .with("role", SheetWording.data(expert.role().get()))
              .write(w);
        } else {
          say.phrase("sources.expert").with("expert", SheetWording.data(expert.displayName())).write(w);
        }
      }
      if (s.note().isPresent()) {
        w.lineBreak();
        say.phrase("sources.note").with("note", SheetWording.data(s.note().get())).write(w);
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
  private static void unnamedAreas(Sensation s, SheetWording say, SheetWriter w) {
    List<BodyArea> unnamed = new ArrayList<>(s.areas().size());
    for (BodyArea a : s.areas()) {
      if (!names(s.description(), a)) {
        unnamed.add(a);
      }
    }
    if (unnamed.isEmpty()) {
      return;
    }
    w.text(" ");
    say.phrase("sheet.inBrackets").with("text", areas(unnamed, say)).write(w);
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
    return Restatements.mayHoldWord(description, singular.get(last))
        && Collections.indexOfSubList(Restatements.words(description), singular) >= 0;
  }

  private static SheetWording.Part areas(List<BodyArea> areas, SheetWording say) {
    List<SheetWording.Part> names = new ArrayList<>(areas.size());
    for (BodyArea a : areas) {
      names.add(area(a, say));
    }
    return say.list(names);
  }

  /**
   * {@return a body area's name: a standard area's in the wording's language ("hamstrings",
   * "isquiotibiales"), any other as the protocol names it}
   */
  static SheetWording.Part area(BodyArea a, SheetWording say) {
    String key = "area." + a.id();
    if (a.isStandard() && say.has(key)) {
      return say.phrase(key);
    }
    return SheetWording.data(a.displayName());
  }

  /**
   * {@return a segment with its everyday name where it has one, in the wording's language: "L5-S1
   * (lumbosacral joint)", "L5-S1 (articulación lumbosacra)"}
   */
  static SheetWording.Part segment(SpinalSegment s, SheetWording say) {
    String key = "segment." + s.label();
    if (s.commonName().isPresent() && say.has(key)) {
      return say.phrase("sheet.segment").with("label", s.label()).with("name", say.text(key));
    }
    return SheetWording.data(s.describe());
  }

  /** Writes a dash between spaces, such as " — ". */
  static void dash(SheetWriter w) {
    w.text(" ");
    w.text(DASH);
    w.text(" ");
  }
}
