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
    SheetWording say = SheetWording.of(options.locale());
    w.title(r.protocolName());
    SheetComposer.header(options.personalisation(), say, w);
    beforeYouStart(r, say, w);
    Set<String> shown = new LinkedHashSet<>();
    for (ApplicableAdvisory a : r.advisories()) {
      shown.add(a.advisory().id());
    }
    if (r.personalised().isPresent()) {
      Map<String, List<Reason>> screened = new LinkedHashMap<>();
      for (EntryScreening e : r.entries()) {
        if (e.verdict() == Verdict.CAUTION) {
          screened.putIfAbsent(e.exerciseId(), e.reasons());
        }
      }
      SheetComposer.body(r.personalised().get(), options, shown, true, screened, say, w);
    } else {
      noExercises(r, say, w);
      SheetComposer.qrCode(options.personalisation(), say, w);
    }
    w.finish();
  }

  // ---------------------------------------------------------------- before you start

  private static void beforeYouStart(ScreeningReport r, SheetWording say, SheetWriter w) {
    w.section(say.text("screening.beforeYouStart"));
    w.paragraph();
    w.text(say.text("screening.intro"));
    w.end();
    w.gap();
    known(r, say, w);

    w.beginSafety(say.text("screening.applies"));
    Map<String, Source> sources = new LinkedHashMap<>();
    if (r.everyEntryAvoided()) {
      w.gap();
      w.item(0, 0);
      w.strong(say.text("screening.noneSuitable"));
      w.lineBreak();
      w.text(say.text("screening.noneSuitable.why"));
      w.end();
      if (!r.advisories().isEmpty()) {
        // The notices speak of "these stretches" as of a routine to start: they are for what a
        // professional may still advise, not a way round "Do not start this routine".
        w.gap();
        w.paragraph();
        w.text(say.text("screening.noneSuitable.notices"));
        w.end();
      }
    }
    for (ApplicableAdvisory a : r.advisories()) {
      w.gap();
      w.item(0, 0);
      w.strongData(a.advisory().name());
      w.lineBreak();
      w.strong(say.text("screening.whyItApplies"));
      w.text(" ");
      why(a, r.profile(), say, w);
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
      w.text(say.text(r.protocolCautions().size() == 1
          ? "screening.protocolCaution" : "screening.protocolCautions"));
      w.end();
      for (Caution c : r.protocolCautions()) {
        w.gap();
        w.item(0, 0);
        SafetyNotices.caution(c, true, say, w);
        w.end();
      }
    }

    w.subsection(say.text(r.entries().size() == 1 ? "screening.yourExercise" : "screening.yourExercises"));
    for (EntryScreening e : r.entries()) {
      w.gap();
      verdict(e, r.personalised().isPresent(), say, w);
    }

    List<Grouped<Reason, EntryScreening>> groups =
        Grouped.bySeverity(r.entries(), EntryScreening::reasons, Reason::severity);
    if (!groups.isEmpty()) {
      w.subsection(say.text("screening.reasons"));
      for (Grouped<Reason, EntryScreening> g : groups) {
        reason(g, say, w);
        collect(g.key().sources(), sources);
      }
    }
    if (!r.unknownConditionIds().isEmpty() || !r.unmatchedFindingIds().isEmpty()) {
      w.subsection(say.text("screening.unjudged"));
      unjudged(r, say, w);
    }
    sources(sources.values(), !r.advisories().isEmpty(), !groups.isEmpty(), say, w);
    w.endSafety();

    if (r.personalised().isPresent()) {
      w.section(say.text("screening.yourRoutine"));
      w.paragraph();
      closing(r, say, w);
      w.end();
    }
  }

  private static void known(ScreeningReport r, SheetWording say, SheetWriter w) {
    PatientProfile profile = r.profile();
    w.listLabel(say.text("screening.known"));
    w.item(0, 0);
    SheetWording.Part conditions;
    if (profile.conditionIds().isEmpty()) {
      conditions = say.phrase("screening.noneGiven.conditions");
    } else {
      List<SheetWording.Part> parts = new ArrayList<>(profile.conditionIds().size());
      for (String id : profile.conditionIds()) {
        Optional<Condition> c = condition(r, id);
        SheetWording.Part name = c.isPresent() ? SheetWording.data(c.get().name()) : unknownId(id);
        parts.add(r.unknownConditionIds().contains(id)
            ? say.phrase("screening.conditionUnknown").with("condition", name)
            : name);
      }
      conditions = say.list(parts);
    }
    say.phrase("screening.known.conditions").with("conditions", conditions).write(w);
    w.end();
    w.item(0, 0);
    SheetWording.Part findings;
    if (profile.findingIds().isEmpty()) {
      findings = say.phrase("screening.noneGiven.findings");
    } else {
      List<SheetWording.Part> parts = new ArrayList<>(profile.findingIds().size());
      for (String id : profile.findingIds()) {
        Optional<Finding> f = finding(r, id);
        SheetWording.Part name = f.isPresent() ? SheetWording.data(f.get().name()) : unknownId(id);
        parts.add(r.unmatchedFindingIds().contains(id)
            ? say.phrase("screening.findingUnmatched").with("finding", name)
            : name);
      }
      findings = say.list(parts);
    }
    say.phrase("screening.known.findings").with("findings", findings).write(w);
    w.end();
    w.item(0, 0);
    SheetWording.Part lasted;
    if (profile.painWeeks().isPresent()) {
      int weeks = profile.painWeeks().getAsInt();
      lasted = weeks == 0 ? say.phrase("screening.lessThanAWeek") : weeks(weeks, say);
    } else {
      lasted = say.phrase("screening.notKnown");
    }
    say.phrase("screening.known.painWeeks").with("weeks", lasted).write(w);
    w.end();
    w.item(0, 0);
    say.phrase("screening.known.inPain")
        .with("answer", say.phrase(profile.inPain()
            .map(yes -> yes ? "screening.yes" : "screening.no").orElse("screening.notKnown")))
        .write(w);
    w.end();
  }

  /**
   * Writes why an advisory applies, in words for the person: the report's own reason, which every
   * output of a report shares, is worded for a clinician ("The person is in pain now."). Should the
   * report not hold what the words need, its own reason is written.
   */
  private static void why(
      ApplicableAdvisory a, PatientProfile profile, SheetWording say, SheetWriter w) {
    Advisory advisory = a.advisory();
    switch (advisory.trigger()) {
      case PAIN_PERSISTS:
        if (profile.painWeeks().isPresent() && advisory.painWeeksAtLeast().isPresent()
            && advisory.painWeeksAtLeast().getAsInt() > 0) {
          int from = advisory.painWeeksAtLeast().getAsInt();
          SheetWording.Phrase why = from == 1
              ? say.phrase("screening.why.painWeek")
              : say.phrase("screening.why.painWeeks").with("from", weeks(from, say));
          why.with("weeks", weeks(profile.painWeeks().getAsInt(), say)).write(w);
          return;
        }
        break;
      case IN_PAIN_NOW:
        w.text(say.text("screening.why.inPainNow"));
        return;
      case DURING_EXERCISE:
        w.text(say.text("screening.why.duringExercise"));
        return;
      case ALWAYS:
        w.text(say.text("screening.why.always"));
        return;
      default:
        break;
    }
    w.data(a.because());
  }

  private static SheetWording.Part weeks(int weeks, SheetWording say) {
    return say.phrase("weeks", weeks).with("count", weeks);
  }

  /** {@return an id the routine has no name for, quoted as it was given} */
  private static SheetWording.Part unknownId(String id) {
    return SheetWording.quotedData(id);
  }

  private static void reason(Grouped<Reason, EntryScreening> g, SheetWording say, SheetWriter w) {
    Reason reason = g.key();
    w.gap();
    w.item(0, 0);
    say.phrase("screening.yourCondition").with("condition", condition(reason, true, say)).write(w);
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
      SafetyNotices.severity(reason.severity(), others.size(), names(others, say), say, w);
    }
    if (!avoided.isEmpty()) {
      if (!others.isEmpty()) {
        w.text(" ");
      }
      say.phrase(others.isEmpty() ? "screening.careAnyway" : "screening.careAlsoAnyway", avoided.size())
          .with("exercises", names(avoided, say))
          .write(w);
    }
    w.lineBreak();
    SafetyNotices.why(reason.rationale(), say, w);
    reason.contraindication().quote().ifPresent(q -> {
      w.lineBreak();
      SheetComposer.quote(q, w);
    });
    w.end();
  }

  /** {@return a reason's condition, with its finding in brackets, its name in bold if asked} */
  private static SheetWording.Part condition(Reason reason, boolean strong, SheetWording say) {
    String name = reason.condition().name();
    SheetWording.Part named = strong ? SheetWording.strongData(name) : SheetWording.data(name);
    if (reason.finding().isEmpty()) {
      return named;
    }
    return say.phrase("safety.condition.finding")
        .with("condition", named)
        .with("finding", SheetWording.data(reason.finding().get().name()));
  }

  private static SheetWording.Part names(List<EntryScreening> exercises, SheetWording say) {
    List<String> names = new ArrayList<>(exercises.size());
    for (EntryScreening e : exercises) {
      names.add(e.exerciseName());
    }
    return say.dataList(names);
  }

  private static void unjudged(ScreeningReport r, SheetWording say, SheetWriter w) {
    List<String> conditions = r.unknownConditionIds();
    if (!conditions.isEmpty()) {
      w.gap();
      w.item(0, 0);
      List<SheetWording.Part> ids = new ArrayList<>(conditions.size());
      for (String id : conditions) {
        ids.add(unknownId(id));
      }
      say.phrase("screening.unknownConditions", conditions.size())
          .with("label", SheetWording.strong(say.text(conditions.size() == 1
              ? "screening.unknownConditions.label.one" : "screening.unknownConditions.label.other")))
          .with("conditions", say.list(ids))
          .write(w);
      w.lineBreak();
      w.text(say.text(conditions.size() == 1
          ? "screening.unknownConditions.advice.one" : "screening.unknownConditions.advice.other"));
      w.end();
    }
    List<String> findings = r.unmatchedFindingIds();
    if (!findings.isEmpty()) {
      w.gap();
      w.item(0, 0);
      List<SheetWording.Part> names = new ArrayList<>(findings.size());
      for (String id : findings) {
        Optional<Finding> f = finding(r, id);
        names.add(f.isPresent() ? SheetWording.data(f.get().name()) : unknownId(id));
      }
      say.phrase("screening.unmatchedFindings", findings.size())
          .with("label", SheetWording.strong(say.text(findings.size() == 1
              ? "screening.unmatchedFindings.label.one" : "screening.unmatchedFindings.label.other")))
          .with("findings", say.list(names))
          .write(w);
      w.lineBreak();
      w.text(say.text(findings.size() == 1
          ? "screening.unmatchedFindings.advice.one" : "screening.unmatchedFindings.advice.other"));
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
  private static void verdict(EntryScreening e, boolean routine, SheetWording say, SheetWriter w) {
    w.item(0, 0);
    Verdict verdict = e.verdict();
    String key;
    switch (verdict) {
      case AVOID:
        key = routine ? "screening.verdict.avoid.routine" : "screening.verdict.avoid";
        break;
      case CAUTION:
        key = "screening.verdict.caution";
        break;
      case CHECK:
        // Verdict.CHECK's own words, "Read the cautions first", as the other verdicts' are.
        key = e.cautions().size() == 1 ? "screening.verdict.check.one" : "screening.verdict.check.other";
        break;
      case SUITABLE:
      default:
        key = "screening.verdict.suitable";
        break;
    }
    String word = verdict == Verdict.AVOID ? "safety.word.avoid"
        : verdict == Verdict.CAUTION ? "safety.word.caution"
        : verdict == Verdict.CHECK ? "screening.word.check" : "screening.word.suitable";
    say.phrase(key)
        .with("exercise", SheetWording.strongData(e.exerciseName()))
        .with("verdict", SheetWording.strong(say.text(word)))
        .write(w);
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
        say.phrase(severity == Severity.AVOID ? "screening.reasonToAvoid" : "screening.reasonForCare")
            .with("condition", condition(reason, false, say))
            .write(w);
      }
    }
    for (Caution c : e.cautions()) {
      w.lineBreak();
      SafetyNotices.caution(c, verdict == Verdict.AVOID, say, w);
    }
    w.end();
  }

  private static void closing(ScreeningReport r, SheetWording say, SheetWriter w) {
    boolean removed = !r.removed().isEmpty();
    boolean cautions = !r.keptWithCaution().isEmpty();
    if (!removed && !cautions) {
      w.text(say.text("screening.closing.unchanged"));
      return;
    }
    String key = removed && cautions ? "screening.closing.both"
        : removed ? "screening.closing.removed" : "screening.closing.cautions";
    w.text(say.text(removed ? key + (r.removed().size() == 1 ? ".one" : ".other") : key));
  }

  // ---------------------------------------------------------------- no exercises

  private static void noExercises(ScreeningReport r, SheetWording say, SheetWriter w) {
    w.section(say.text("screening.noExercises"));
    w.paragraph();
    say.phrase("screening.noExercises.text")
        .with("section", SheetWording.quoted(say.text("screening.applies")))
        .write(w);
    w.end();
    if (!r.otherAdvisories().isEmpty()) {
      w.beginSafety(say.text("screening.otherNotices"));
      w.gap();
      w.paragraph();
      w.text(say.text("screening.otherNotices.text"));
      w.end();
      for (Advisory a : r.otherAdvisories()) {
        w.gap();
        w.item(0, 0);
        SafetyNotices.advisory(a, say, w);
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
      Collection<Source> sources,
      boolean notices,
      boolean reasons,
      SheetWording say,
      SheetWriter w) {
    if (sources.isEmpty()) {
      return;
    }
    w.gap();
    w.paragraph();
    List<SheetWording.Part> named = new ArrayList<>(sources.size());
    for (Source s : sources) {
      named.add(s.author().isPresent()
          ? say.phrase("screening.source.by")
              .with("source", SheetWording.data(s.name()))
              .with("author", SheetWording.data(s.author().get()))
          : SheetWording.data(s.name()));
    }
    SheetWording.Part all = named.get(named.size() - 1);
    for (int i = named.size() - 2; i >= 0; i--) {
      all = say.phrase("screening.sources.separator").with("first", named.get(i)).with("rest", all);
    }
    say.phrase("screening.sources")
        .with("label", SheetWording.strong(say.text(notices && reasons
            ? "screening.sources.both" : notices ? "screening.sources.notices" : "screening.sources.reasons")))
        .with("sources", all)
        .write(w);
    w.end();
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
