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

  private static final String TAKE_CARE =
      "Take care (the reasons are under \u201CSafety first\u201D, above):";

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
      Protocol p, Set<String> shownAdvisoryIds, boolean cautionsShown, SheetWriter w) {
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
    for (Grouped<Contraindication, Exercise> g : groups) {
      w.gap();
      Contraindication ci = g.key();
      w.item(0, 0);
      w.text("If you have: ");
      condition(p, ci, false, w);
      w.lineBreak();
      severity(ci.severity(), g.items().size(), w);
      names(g.items(), w);
      w.text(".");
      w.lineBreak();
      w.strong("Why:");
      w.text(" ");
      w.data(ci.rationale());
      ci.quote().ifPresent(q -> {
        w.lineBreak();
        SheetComposer.quote(q, w);
      });
      w.end();
    }
    for (Grouped<Caution, Exercise> g : cautionGroups) {
      w.gap();
      w.item(0, 0);
      w.text("For ");
      names(g.items(), w);
      w.text(":");
      w.lineBreak();
      caution(g.key(), true, w);
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
      SheetComposer.quote(c.quote().get(), w);
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
      SheetComposer.quote(q, w);
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
      SheetComposer.dash(w);
      w.text("do not do ");
      w.text(which);
      w.text(": ");
    } else {
      w.strong("CAUTION");
      SheetComposer.dash(w);
      w.text("do ");
      w.text(which);
      w.text(" only with care, ideally after asking a professional: ");
    }
  }

  /**
   * Writes, where an exercise is read, its own safety content again, the strongest first: each
   * contraindication as a sentence ("AVOID this exercise if you have been diagnosed with …") and
   * each caution in words; nothing for an exercise with none.
   */
  static void ofExercise(Protocol p, Exercise e, SheetWriter w) {
    if (!e.hasSafetyContent()) {
      return;
    }
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
          SheetComposer.dash(w);
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

  private static List<Exercise> exercises(Protocol p) {
    List<Exercise> exercises = new ArrayList<>(p.entries().size());
    for (ProtocolEntry entry : p.entries()) {
      exercises.add(entry.exercise());
    }
    return exercises;
  }
}
