package dev.regimen.formats.sheet;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.source.Quote;
import dev.regimen.core.source.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what the sheet of a {@link ScreeningReport} says and in which order; a {@link
 * SheetWriter} decides how it looks. The order: the protocol's title; "Before you start" (what is
 * known of the person; a box with what applies to them: the statement that no exercise is
 * suitable when every one is to be avoided, the advisories that apply with why and their sources,
 * the protocol's cautions in words (which apply to everyone and which the screening cannot judge),
 * every exercise's verdict with every reason and every caution in words, every matched
 * contraindication with the exercises it concerns, its rationale, quote and sources, and what the
 * screening could not judge); then the personalised protocol's sheet, its safety section holding
 * the advisories not shown above, or, when every exercise is to be avoided, a statement that there
 * is none and the advisories that do not apply. Stateless.
 */
final class ScreeningComposer {
  private ScreeningComposer() {}

  static void compose(ScreeningReport r, SheetOptions options, SheetWriter w) {
    w.title(r.protocolName());
    SheetComposer.header(options.personalisation(), w);
    beforeYouStart(r, w);
    Set<String> shown = new LinkedHashSet<>();
    for (ApplicableAdvisory a : r.advisories()) {
      shown.add(a.advisory().id());
    }
    if (r.personalised().isPresent()) {
      SheetComposer.body(r.personalised().get(), options, shown, true, w);
    } else {
      noExercises(r, w);
      SheetComposer.qrCode(options.personalisation(), w);
    }
    w.finish();
  }

  // ---------------------------------------------------------------- before you start

  private static void beforeYouStart(ScreeningReport r, SheetWriter w) {
    w.section("Before you start");
    w.paragraph();
    w.text("This routine was checked against what is known about you, listed below. Read this"
        + " part first: it says which notices apply to you and which exercises to avoid or to"
        + " take care with. The check goes only by what is listed; it does not replace a"
        + " professional's advice.");
    w.end();
    w.gap();
    known(r, w);

    w.beginSafety("What applies to you");
    Map<String, Source> sources = new LinkedHashMap<>();
    if (r.everyEntryAvoided()) {
      w.gap();
      w.item(0, 0);
      w.strong("No exercise of this routine is suitable for you.");
      w.lineBreak();
      w.text("Every exercise in it is one to avoid, for the reasons below. Do not start this"
          + " routine: ask a doctor or physiotherapist which exercises are safe for you.");
      w.end();
      if (!r.advisories().isEmpty()) {
        // The notices speak of "these stretches" as of a routine to start: they are for what a
        // professional may still advise, not a way round "Do not start this routine".
        w.gap();
        w.paragraph();
        w.text("Should a doctor or physiotherapist still advise you to do any of these exercises,"
            + " these notices apply to you:");
        w.end();
      }
    }
    for (ApplicableAdvisory a : r.advisories()) {
      w.gap();
      w.item(0, 0);
      w.strongData(a.advisory().name());
      w.lineBreak();
      w.strong("Why it applies:");
      w.text(" ");
      why(a, r.profile(), w);
      w.lineBreak();
      w.data(a.advisory().text());
      for (Quote q : a.advisory().quotes()) {
        w.lineBreak();
        SheetComposer.quote(q, w);
      }
      collect(a.sources(), sources);
      w.end();
    }
    if (!r.protocolCautions().isEmpty()) {
      w.gap();
      w.paragraph();
      w.text(r.protocolCautions().size() == 1
          ? "This routine carries a caution in words, for everyone who follows it. The check cannot"
              + " judge it for you: read it, and ask a professional if it may concern you."
          : "This routine carries cautions in words, for everyone who follows it. The check cannot"
              + " judge them for you: read them, and ask a professional if one may concern you.");
      w.end();
      for (Caution c : r.protocolCautions()) {
        w.gap();
        w.item(0, 0);
        SafetyNotices.caution(c, true, w);
        w.end();
      }
    }

    w.subsection(r.entries().size() == 1 ? "Your exercise" : "Your exercises");
    for (EntryScreening e : r.entries()) {
      w.gap();
      verdict(e, r.personalised().isPresent(), w);
    }

    List<Grouped<Reason, EntryScreening>> groups =
        Grouped.bySeverity(r.entries(), EntryScreening::reasons, Reason::severity);
    if (!groups.isEmpty()) {
      w.subsection("The reasons");
      for (Grouped<Reason, EntryScreening> g : groups) {
        reason(g, w);
        collect(g.key().sources(), sources);
      }
    }
    if (!r.unknownConditionIds().isEmpty() || !r.unmatchedFindingIds().isEmpty()) {
      w.subsection("What this check could not judge");
      unjudged(r, w);
    }
    sources(sources.values(), !r.advisories().isEmpty(), !groups.isEmpty(), w);
    w.endSafety();

    if (r.personalised().isPresent()) {
      w.section("Your routine");
      w.paragraph();
      closing(r, w);
      w.end();
    }
  }

  private static void known(ScreeningReport r, SheetWriter w) {
    PatientProfile profile = r.profile();
    w.listLabel("What is known about you:");
    w.item(0, 0);
    w.text("Conditions: ");
    if (profile.conditionIds().isEmpty()) {
      w.text("none given");
    } else {
      int i = 0;
      for (String id : profile.conditionIds()) {
        separator(i++, profile.conditionIds().size(), w);
        Optional<Condition> c = condition(r, id);
        if (c.isPresent()) {
          w.data(c.get().name());
        } else {
          unknownId(id, w);
        }
        if (r.unknownConditionIds().contains(id)) {
          w.text(" (not known to this routine)");
        }
      }
    }
    w.end();
    w.item(0, 0);
    w.text("Findings: ");
    if (profile.findingIds().isEmpty()) {
      w.text("none given");
    } else {
      int i = 0;
      for (String id : profile.findingIds()) {
        separator(i++, profile.findingIds().size(), w);
        Optional<Finding> f = finding(r, id);
        if (f.isPresent()) {
          w.data(f.get().name());
        } else {
          unknownId(id, w);
        }
        if (r.unmatchedFindingIds().contains(id)) {
          w.text(" (not a finding of your conditions in this routine)");
        }
      }
    }
    w.end();
    w.item(0, 0);
    w.text("How long the pain has lasted: ");
    if (profile.painWeeks().isPresent()) {
      int weeks = profile.painWeeks().getAsInt();
      if (weeks == 0) {
        w.text("less than a week");
      } else {
        w.number(weeks);
        w.text(weeks == 1 ? "\u00A0week" : "\u00A0weeks");
      }
    } else {
      w.text("not known");
    }
    w.end();
    w.item(0, 0);
    w.text("In pain right now: ");
    w.text(profile.inPain().map(yes -> yes ? "yes" : "no").orElse("not known"));
    w.end();
  }

  /**
   * Writes why an advisory applies, in words for the person: the report's own reason, which every
   * output of a report shares, is worded for a clinician ("The person is in pain now."). Should the
   * report not hold what the words need, its own reason is written.
   */
  private static void why(ApplicableAdvisory a, PatientProfile profile, SheetWriter w) {
    Advisory advisory = a.advisory();
    switch (advisory.trigger()) {
      case PAIN_PERSISTS:
        if (profile.painWeeks().isPresent() && advisory.painWeeksAtLeast().isPresent()
            && advisory.painWeeksAtLeast().getAsInt() > 0) {
          w.text("Your pain has lasted ");
          weeks(profile.painWeeks().getAsInt(), w);
          int from = advisory.painWeeksAtLeast().getAsInt();
          if (from == 1) {
            w.text(": it applies if your pain has lasted a week or more.");
          } else {
            w.text(": it applies if your pain has lasted ");
            weeks(from, w);
            w.text(" or more.");
          }
          return;
        }
        break;
      case IN_PAIN_NOW:
        w.text("You are in pain right now.");
        return;
      case DURING_EXERCISE:
        w.text("It applies whenever you exercise.");
        return;
      case ALWAYS:
        w.text("It applies to everyone who follows this routine.");
        return;
      default:
        break;
    }
    w.data(a.because());
  }

  private static void weeks(int weeks, SheetWriter w) {
    w.number(weeks);
    w.text(weeks == 1 ? "\u00A0week" : "\u00A0weeks");
  }

  /** Writes an id the routine has no name for, quoted as it was given. */
  private static void unknownId(String id, SheetWriter w) {
    w.quotedData(id);
  }

  private static void reason(Grouped<Reason, EntryScreening> g, SheetWriter w) {
    Reason reason = g.key();
    w.gap();
    w.item(0, 0);
    w.text("Your condition: ");
    w.strongData(reason.condition().name());
    if (reason.finding().isPresent()) {
      w.text(" (");
      w.data(reason.finding().get().name());
      w.text(")");
    }
    w.lineBreak();
    // A reason to take care with an exercise that is to be avoided for another reason only adds to
    // why: it does not tell the person to take care with it.
    List<EntryScreening> avoided = new ArrayList<>(g.items().size());
    List<EntryScreening> others = new ArrayList<>(g.items().size());
    for (EntryScreening e : g.items()) {
      boolean avoidedAnyway = reason.severity() != Severity.AVOID && e.verdict() == Verdict.AVOID;
      (avoidedAnyway ? avoided : others).add(e);
    }
    if (!others.isEmpty()) {
      SafetyNotices.severity(reason.severity(), others.size(), w);
      names(others, w);
      w.text(".");
    }
    if (!avoided.isEmpty()) {
      w.text(others.isEmpty() ? "It calls for care with " : " It also calls for care with ");
      names(avoided, w);
      w.text(avoided.size() == 1
          ? ", but that exercise is one to avoid anyway, as said above."
          : ", but those exercises are ones to avoid anyway, as said above.");
    }
    w.lineBreak();
    w.strong("Why:");
    w.text(" ");
    w.data(reason.rationale());
    reason.contraindication().quote().ifPresent(q -> {
      w.lineBreak();
      SheetComposer.quote(q, w);
    });
    w.end();
  }

  private static void names(List<EntryScreening> exercises, SheetWriter w) {
    for (int i = 0; i < exercises.size(); i++) {
      separator(i, exercises.size(), w);
      w.data(exercises.get(i).exerciseName());
    }
  }

  private static void unjudged(ScreeningReport r, SheetWriter w) {
    List<String> conditions = r.unknownConditionIds();
    if (!conditions.isEmpty()) {
      w.gap();
      w.item(0, 0);
      w.strong(conditions.size() == 1
          ? "A condition this routine knows nothing about: "
          : "Conditions this routine knows nothing about: ");
      for (int i = 0; i < conditions.size(); i++) {
        separator(i, conditions.size(), w);
        unknownId(conditions.get(i), w);
      }
      w.lineBreak();
      w.text("The check could not say whether any exercise is safe with "
          + (conditions.size() == 1 ? "it" : "them")
          + ". Ask a professional before you start. If it is a misspelling, have the check run"
          + " again with the right name.");
      w.end();
    }
    List<String> findings = r.unmatchedFindingIds();
    if (!findings.isEmpty()) {
      w.gap();
      w.item(0, 0);
      w.strong(findings.size() == 1
          ? "A finding that belongs to none of your conditions in this routine: "
          : "Findings that belong to none of your conditions in this routine: ");
      for (int i = 0; i < findings.size(); i++) {
        separator(i, findings.size(), w);
        Optional<Finding> f = finding(r, findings.get(i));
        if (f.isPresent()) {
          w.data(f.get().name());
        } else {
          unknownId(findings.get(i), w);
        }
      }
      w.lineBreak();
      w.text("The check matches a finding only together with its condition, so "
          + (findings.size() == 1 ? "it" : "they")
          + " changed nothing here. Ask a professional before you start.");
      w.end();
    }
  }

  /**
   * Writes an entry's verdict, its reasons (to avoid it, or else to take care with it: an
   * exercise to avoid is not also one to take care with), and its cautions in words,
   * which the check cannot judge: the person reads them. An exercise taken out of the routine
   * shows each caution's quote too, as it appears nowhere else on the sheet.
   *
   * @param routine whether the sheet goes on with a personalised routine
   */
  private static void verdict(EntryScreening e, boolean routine, SheetWriter w) {
    w.item(0, 0);
    w.strongData(e.exerciseName());
    w.text(": ");
    Verdict verdict = e.verdict();
    switch (verdict) {
      case AVOID:
        w.strong("AVOID");
        SheetComposer.dash(w);
        w.text(routine ? "do not do it; it is taken out of your routine." : "do not do it.");
        break;
      case CAUTION:
        w.strong("CAUTION");
        SheetComposer.dash(w);
        w.text("it stays in your routine, but do it only with care, ideally after asking a"
            + " professional.");
        break;
      case CHECK:
        // Verdict.CHECK's own words, "Read the cautions first", as the other verdicts' are.
        w.strong("READ THE CAUTIONS FIRST");
        SheetComposer.dash(w);
        w.text(e.cautions().size() == 1
            ? "it stays in your routine, but the check cannot judge its caution for you: read it"
                + " before you do this exercise, and ask a professional if it may concern you."
            : "it stays in your routine, but the check cannot judge its cautions for you: read"
                + " them before you do this exercise, and ask a professional if one may concern"
                + " you.");
        break;
      case SUITABLE:
      default:
        w.strong("SUITABLE");
        SheetComposer.dash(w);
        w.text("nothing known about you speaks against it.");
        break;
    }
    for (Severity severity : SafetyNotices.SEVERITIES) {
      if (verdict == Verdict.AVOID && severity != Severity.AVOID) {
        // An exercise to avoid is not also one to take care with: "The reasons" says why not.
        break;
      }
      for (Reason reason : e.reasons()) {
        if (reason.severity() != severity) {
          continue;
        }
        w.lineBreak();
        w.text(severity == Severity.AVOID ? "Reason to avoid it: " : "Reason to take care: ");
        w.data(reason.condition().name());
        if (reason.finding().isPresent()) {
          w.text(" (");
          w.data(reason.finding().get().name());
          w.text(")");
        }
        w.text(".");
      }
    }
    for (Caution c : e.cautions()) {
      w.lineBreak();
      SafetyNotices.caution(c, verdict == Verdict.AVOID, w);
    }
    w.end();
  }

  private static void closing(ScreeningReport r, SheetWriter w) {
    boolean removed = !r.removed().isEmpty();
    boolean cautions = !r.keptWithCaution().isEmpty();
    if (!removed && !cautions) {
      w.text("The rest of this sheet is the routine as written: nothing in it had to change for"
          + " you.");
      return;
    }
    w.text("The rest of this sheet is your routine: the routine with ");
    if (removed) {
      w.text(r.removed().size() == 1
          ? "the exercise to avoid taken out"
          : "the exercises to avoid taken out");
    }
    if (removed && cautions) {
      w.text(" and ");
    }
    if (cautions) {
      w.text("a caution added to the note of each exercise to take care with");
    }
    w.text(".");
  }

  // ---------------------------------------------------------------- no exercises

  private static void noExercises(ScreeningReport r, SheetWriter w) {
    w.section("No exercises for you in this routine");
    w.paragraph();
    w.text("Every exercise of this routine is one you should avoid, for the reasons under ");
    w.quoted("What applies to you");
    w.text(", above, so this sheet has no exercises for you.");
    w.end();
    if (!r.otherAdvisories().isEmpty()) {
      w.beginSafety("Other safety notices of this routine");
      w.gap();
      w.paragraph();
      w.text("They do not apply to what is known about you today, but they may come to.");
      w.end();
      for (Advisory a : r.otherAdvisories()) {
        w.gap();
        w.item(0, 0);
        SafetyNotices.advisory(a, w);
        w.end();
      }
      w.endSafety();
    }
  }

  // ---------------------------------------------------------------- shared pieces

  private static void collect(List<Source> from, Map<String, Source> sources) {
    for (Source s : from) {
      sources.putIfAbsent(s.id(), s);
    }
  }

  /**
   * Writes, once, the sources of the notices and reasons above it: a box names each source once,
   * however many of its notices and reasons come from it ("Where these notices and reasons come
   * from: Back care guide, by Ana Ruiz; Clinic leaflet.").
   */
  private static void sources(
      Collection<Source> sources, boolean notices, boolean reasons, SheetWriter w) {
    if (sources.isEmpty()) {
      return;
    }
    w.gap();
    w.paragraph();
    w.strong(notices && reasons
        ? "Where these notices and reasons come from:"
        : notices ? "Where these notices come from:" : "Where these reasons come from:");
    w.text(" ");
    int i = 0;
    for (Source s : sources) {
      if (i++ > 0) {
        w.text("; ");
      }
      w.data(s.name());
      if (s.author().isPresent()) {
        w.text(", by ");
        w.data(s.author().get());
      }
    }
    w.text(".");
    w.end();
  }

  private static void separator(int i, int count, SheetWriter w) {
    if (i > 0) {
      w.text(i == count - 1 ? " and " : ", ");
    }
  }

  /** {@return the condition of the protocol with this id, as the report describes it} */
  private static Optional<Condition> condition(ScreeningReport r, String id) {
    if (r.personalised().isPresent()) {
      Optional<Condition> c = r.personalised().get().condition(id);
      if (c.isPresent()) {
        return c;
      }
    }
    for (EntryScreening e : r.entries()) {
      for (Reason reason : e.reasons()) {
        if (reason.condition().id().equals(id)) {
          return Optional.of(reason.condition());
        }
      }
    }
    return Optional.empty();
  }

  /** {@return a finding of any condition of the protocol with this id, as the report describes it} */
  private static Optional<Finding> finding(ScreeningReport r, String id) {
    if (r.personalised().isPresent()) {
      Protocol p = r.personalised().get();
      for (Condition c : p.conditions()) {
        Optional<Finding> f = c.finding(id);
        if (f.isPresent()) {
          return f;
        }
      }
    }
    for (EntryScreening e : r.entries()) {
      for (Reason reason : e.reasons()) {
        Optional<Finding> f = reason.condition().finding(id);
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }
}
