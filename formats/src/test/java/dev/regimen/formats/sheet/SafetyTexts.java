package dev.regimen.formats.sheet;

import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.source.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text of a protocol (or a screening report) that is about safety: what the promise "every
 * advisory, contraindication and caution is on every sheet" means, text by text.
 */
final class SafetyTexts {
  private SafetyTexts() {}

  /** The texts of every advisory, contraindication and caution of the protocol. */
  static List<String> of(Protocol p) {
    List<String> texts = new ArrayList<>();
    for (Advisory a : p.advisories()) {
      advisory(a, texts);
    }
    for (Caution c : p.cautions()) {
      caution(c, texts);
    }
    for (ProtocolEntry entry : p.entries()) {
      Exercise e = entry.exercise();
      for (Contraindication ci : e.contraindications()) {
        texts.add(e.name());
        texts.add(ci.rationale());
        texts.add(p.condition(ci.conditionId()).orElseThrow().name());
        ci.findingId()
            .ifPresent(
                f -> texts.add(p.condition(ci.conditionId()).orElseThrow().finding(f).orElseThrow().name()));
        ci.quote().ifPresent(q -> quote(q, texts));
      }
      for (Caution c : e.cautions()) {
        texts.add(e.name());
        caution(c, texts);
      }
    }
    return texts;
  }

  /**
   * The texts of every advisory of a screening report (those that apply, and the others) and of
   * every reason of every verdict.
   */
  static List<String> of(ScreeningReport r) {
    List<String> texts = new ArrayList<>();
    for (ApplicableAdvisory a : r.advisories()) {
      // Why it applies is the sheet's own wording (see why), checked apart from these texts.
      advisory(a.advisory(), texts);
    }
    for (Advisory a : r.otherAdvisories()) {
      advisory(a, texts);
    }
    r.entries().forEach(e -> e.reasons().forEach(reason -> {
      texts.add(e.exerciseName());
      texts.add(reason.rationale());
      texts.add(reason.condition().name());
    }));
    return texts;
  }

  /**
   * {@return why an advisory applies, as a sheet says it to the person: from the advisory's trigger
   * and what is known of the person, rather than the report's reason, which is worded for a
   * clinician}
   */
  static String why(ApplicableAdvisory a, PatientProfile profile) {
    switch (a.advisory().trigger()) {
      case PAIN_PERSISTS:
        int lasted = profile.painWeeks().getAsInt();
        int from = a.advisory().painWeeksAtLeast().getAsInt();
        return "Your pain has lasted " + lasted + (lasted == 1 ? " week" : " weeks")
            + ": it applies if your pain has lasted "
            + (from == 1 ? "a week" : from + " weeks") + " or more.";
      case IN_PAIN_NOW:
        return "You are in pain right now.";
      case DURING_EXERCISE:
        return "It applies whenever you exercise.";
      case ALWAYS:
      default:
        return "It applies to everyone who follows this routine.";
    }
  }

  /** {@return whether the protocol has anything for a safety section to say} */
  static boolean any(Protocol p) {
    return !p.advisories().isEmpty()
        || !p.cautions().isEmpty()
        || p.entries().stream()
            .anyMatch(
                e -> !e.exercise().contraindications().isEmpty() || !e.exercise().cautions().isEmpty());
  }

  private static void advisory(Advisory a, List<String> texts) {
    texts.add(a.name());
    texts.add(a.text());
    a.quotes().forEach(q -> quote(q, texts));
  }

  private static void caution(Caution c, List<String> texts) {
    texts.add(c.text());
    c.quote().ifPresent(q -> quote(q, texts));
  }

  private static void quote(Quote q, List<String> texts) {
    texts.add(q.text());
    texts.add(q.speaker().displayName());
  }
}
