package dev.regimen.formats.sheet;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Quote;
import dev.regimen.core.protocol.ProtocolEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Says a protocol's safety content: its advisories, its cautions in words and the
 * contraindications of its exercises, grouped where exercises share one, with the conditions they
 * concern and why. The wording of severities, triggers and cautions lives here once, for the
 * protocol's sheet and the screening sheet alike. Stateless.
 */
final class SafetyNotices {
  /** The severities, the strongest first. */
  static final Severity[] SEVERITIES = {Severity.AVOID, Severity.CAUTION};

  private SafetyNotices() {}

  /**
   * Writes the safety section: every advisory and every caution in words of the protocol, then
   * every contraindication and every caution in words of every exercise, each grouped where several
   * exercises share the same one; nothing when the protocol has no safety content.
   *
   * @param shownAdvisoryIds the advisories already shown above, left out here (the section then
   *     says where they are)
   * @param cautionsShown whether the protocol's own cautions in words are shown above, and so left
   *     out here
   */
  static void section(
      Protocol p,
      Set<String> shownAdvisoryIds,
      boolean cautionsShown,
      SheetWording say,
      SheetWriter w) {
    List<Grouped<Contraindication, Exercise>> groups =
        Grouped.bySeverity(exercises(p), Exercise::contraindications, Contraindication::severity);
    List<Grouped<Caution, Exercise>> cautionGroups =
        Grouped.bySeverity(exercises(p), Exercise::cautions, Caution::severity);
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
    w.beginSafety(say.text("safety.heading"));
    if (advisories.size() < p.advisories().size() || cautions.size() < p.cautions().size()) {
      w.gap();
      w.paragraph();
      say.phrase("safety.shownAbove")
          .with("section", SheetWording.quoted(say.text("screening.applies")))
          .write(w);
      if (!advisories.isEmpty()) {
        w.text(" ");
        w.text(say.text("safety.shownAbove.others"));
      }
      w.end();
    }
    for (Advisory a : advisories) {
      w.gap();
      w.item(0, 0);
      advisory(a, say, w);
      w.end();
    }
    for (Caution c : cautions) {
      w.gap();
      w.item(0, 0);
      caution(c, true, say, w);
      w.end();
    }
    if (!groups.isEmpty() || !cautionGroups.isEmpty()) {
      w.subsection(say.text("safety.exercises"));
    }
    for (Grouped<Contraindication, Exercise> g : groups) {
      w.gap();
      Contraindication ci = g.key();
      w.item(0, 0);
      say.phrase("safety.ifYouHave").with("condition", condition(p, ci, false, say)).write(w);
      w.lineBreak();
      severity(ci.severity(), g.items().size(), names(g.items(), say), say, w);
      w.lineBreak();
      why(ci.rationale(), say, w);
      ci.quote().ifPresent(q -> {
        w.lineBreak();
        SheetComposer.quote(q, w);
      });
      w.end();
    }
    for (Grouped<Caution, Exercise> g : cautionGroups) {
      w.gap();
      w.item(0, 0);
      say.phrase("safety.for").with("exercises", names(g.items(), say)).write(w);
      w.lineBreak();
      caution(g.key(), true, say, w);
      w.end();
    }
    w.endSafety();
  }

  /** Writes why, in bold, then the reason from the protocol: "Why: When disc material ...". */
  static void why(String rationale, SheetWording say, SheetWriter w) {
    say.phrase("safety.why")
        .with("why", SheetWording.strong(say.text("safety.why.label")))
        .with("rationale", SheetWording.data(rationale))
        .write(w);
  }

  /** {@return the names of exercises: "A", "A and B", "A, B and C"} */
  private static SheetWording.Part names(List<Exercise> exercises, SheetWording say) {
    List<String> names = new ArrayList<>(exercises.size());
    for (Exercise e : exercises) {
      names.add(e.name());
    }
    return say.dataList(names);
  }

  /**
   * Writes a caution in words inside an open item: its severity and its text, such as "CAUTION:
   * Avoid this position if you have knee problems.", then, when asked, its quote.
   */
  static void caution(Caution c, boolean withQuote, SheetWording say, SheetWriter w) {
    say.phrase("safety.caution.words")
        .with("severity", SheetWording.strong(say.text(
            c.severity() == Severity.AVOID ? "safety.word.avoid" : "safety.word.caution")))
        .with("text", SheetWording.data(c.text()))
        .write(w);
    if (withQuote && c.quote().isPresent()) {
      w.lineBreak();
      SheetComposer.quote(c.quote().get(), w);
    }
  }

  /** Writes an advisory inside an open item: its title, when it applies, its text, its quotes. */
  static void advisory(Advisory a, SheetWording say, SheetWriter w) {
    w.strongData(a.name());
    w.lineBreak();
    appliesWhen(a, say, w);
    w.data(a.text());
    for (Quote q : a.quotes()) {
      w.lineBreak();
      SheetComposer.quote(q, w);
    }
  }

  private static void appliesWhen(Advisory a, SheetWording say, SheetWriter w) {
    AdvisoryTrigger trigger = a.trigger();
    switch (trigger) {
      case ALWAYS:
        return;
      case DURING_EXERCISE:
        w.text(say.text("safety.applies.duringExercise"));
        break;
      case PAIN_PERSISTS:
        int weeks = a.painWeeksAtLeast().orElse(1);
        if (weeks == 1) {
          w.text(say.text("safety.applies.painWeek"));
        } else {
          say.phrase("safety.applies.painWeeks")
              .with("weeks", say.phrase("weeks", weeks).with("count", weeks))
              .write(w);
        }
        break;
      case IN_PAIN_NOW:
        w.text(say.text("safety.applies.inPainNow"));
        break;
      default:
        throw new IllegalStateException("unknown advisory trigger " + trigger);
    }
    w.lineBreak();
  }

  /**
   * Writes a contraindication's condition, with its finding in brackets: as a label's value
   * ("Herniated disc (Disc extruded onto the nerve)") or, {@code inSentence}, as words inside a
   * sentence ("herniated disc (disc extruded onto the nerve)").
   */
  private static SheetWording.Part condition(
      Protocol p, Contraindication ci, boolean inSentence, SheetWording say) {
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
    SheetWording.Part named = SheetWording.strongData(inSentence ? inSentence(name) : name);
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
      return say.phrase("safety.condition.finding")
          .with("condition", named)
          .with("finding", SheetWording.data(inSentence ? inSentence(finding) : finding));
    }
    return named;
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
   * Writes a severity in words for one exercise or several, with the exercises' names, as a
   * sentence: "AVOID — do not do this exercise: Seated Hamstring Stretch."
   */
  static void severity(
      Severity severity, int exercises, SheetWording.Part names, SheetWording say, SheetWriter w) {
    boolean avoid = severity == Severity.AVOID;
    say.phrase(avoid ? "safety.severity.avoid" : "safety.severity.caution", exercises)
        .with("severity", SheetWording.strong(say.text(avoid ? "safety.word.avoid" : "safety.word.caution")))
        .with("exercises", names)
        .write(w);
  }

  /**
   * Writes, where an exercise is read, its own safety content again, the strongest first: each
   * contraindication as a sentence ("AVOID this exercise if you have been diagnosed with …") and
   * each caution in words; nothing for an exercise with none.
   */
  static void ofExercise(Protocol p, Exercise e, SheetWording say, SheetWriter w) {
    if (!e.hasSafetyContent()) {
      return;
    }
    w.gap();
    w.listLabel(say.text("safety.takeCare"));
    for (Severity severity : SEVERITIES) {
      for (Contraindication ci : e.contraindications()) {
        if (ci.severity() != severity) {
          continue;
        }
        w.item(0, 0);
        boolean avoid = severity == Severity.AVOID;
        say.phrase(avoid ? "safety.exercise.avoid" : "safety.exercise.caution")
            .with("severity", SheetWording.strong(
                say.text(avoid ? "safety.word.avoidThis" : "safety.word.caution")))
            .with("condition", condition(p, ci, true, say))
            .write(w);
        w.end();
      }
      for (Caution c : e.cautions()) {
        if (c.severity() == severity) {
          w.item(0, 0);
          caution(c, false, say, w);
          w.end();
        }
      }
    }
  }

  private static List<Exercise> exercises(Protocol p) {
    List<Exercise> exercises = new ArrayList<>(p.entries().size());
    for (ProtocolEntry entry : p.entries()) {
      exercises.add(entry.exercise());
    }
    return exercises;
  }
}
