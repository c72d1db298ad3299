package dev.regimen.benchmarks.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screening as a user would write it over the {@link Plain} records, by the rules of Regimen's
 * {@code Screening}: the same verdicts (an exercise with cautions in words and no matching
 * contraindication is to be checked, not suitable), reasons with the sources they cite (an
 * exercise's own sources first, then the protocol's), cautions in words per entry and for the
 * protocol, applicable advisories, personalised entries with the same caution notes, and the
 * profile's ids that match nothing; without validation.
 */
public final class PlainScreening {
  private PlainScreening() {}

  /** A verdict, from the least to the most severe. */
  public enum Verdict {
    /** No contraindication matched, and the exercise has no caution in words. */
    SUITABLE,
    /** No contraindication matched, but the exercise has cautions in words to read. */
    CHECK,
    /** Only cautions matched. */
    CAUTION,
    /** An avoid matched. */
    AVOID
  }

  /**
   * What is known of a person.
   *
   * <p>The sets' iteration order (a {@link LinkedHashSet}'s) is the order in which the report
   * lists the ids that match nothing, as Regimen's profile keeps the order given.
   *
   * @param conditionIds the conditions
   * @param findingIds the findings
   * @param painWeeks weeks of pain, or null when unknown
   * @param inPain whether in pain now
   */
  public record Profile(Set<String> conditionIds, Set<String> findingIds, Integer painWeeks, boolean inPain) {}

  /**
   * A contraindication that matched.
   *
   * @param contraindication the contraindication
   * @param condition its condition
   * @param finding its finding, or null
   * @param sources the sources it cites
   */
  public record Reason(
      Plain.Contraindication contraindication,
      Plain.Condition condition,
      Plain.Finding finding,
      List<Plain.Source> sources) {}

  /**
   * The screening of one entry.
   *
   * @param index its index
   * @param exerciseId its exercise's id
   * @param exerciseName its exercise's name
   * @param verdict the verdict
   * @param reasons why
   * @param cautions the exercise's cautions in words
   */
  public record EntryVerdict(
      int index,
      String exerciseId,
      String exerciseName,
      Verdict verdict,
      List<Reason> reasons,
      List<Plain.Caution> cautions) {}

  /**
   * An advisory that applies.
   *
   * @param advisory the advisory
   * @param because why it applies
   * @param sources the sources it cites
   */
  public record Applicable(Plain.Advisory advisory, String because, List<Plain.Source> sources) {}

  /**
   * The result.
   *
   * @param entries each entry's screening
   * @param advisories the advisories that apply
   * @param otherAdvisories the others
   * @param personalised the protocol without the entries to avoid, or null when none is left
   * @param unknownConditionIds the profile's conditions the protocol does not know
   * @param unmatchedFindingIds the profile's findings of none of the person's conditions
   * @param protocolCautions the protocol's cautions in words
   */
  public record Report(
      List<EntryVerdict> entries,
      List<Applicable> advisories,
      List<Plain.Advisory> otherAdvisories,
      Plain.Protocol personalised,
      List<String> unknownConditionIds,
      List<String> unmatchedFindingIds,
      List<Plain.Caution> protocolCautions) {}

  /**
   * Screens a protocol.
   *
   * @param p the protocol
   * @param profile the person
   * @return the report
   */
  public static Report screen(Plain.Protocol p, Profile profile) {
    Set<String> conditionIds = profile.conditionIds();
    Set<String> findingIds = profile.findingIds();
    Map<String, Plain.Condition> conditions = new HashMap<>();
    for (Plain.Condition c : p.conditions()) {
      conditions.put(c.id(), c);
    }
    Map<String, Plain.Source> sources = new HashMap<>();
    for (Plain.Source s : p.sources()) {
      sources.put(s.id(), s);
    }

    List<EntryVerdict> verdicts = new ArrayList<>(p.entries().size());
    List<Plain.Entry> kept = new ArrayList<>(p.entries().size());
    for (int i = 0; i < p.entries().size(); i++) {
      Plain.Entry entry = p.entries().get(i);
      Plain.Exercise exercise = entry.exercise();
      Verdict verdict = exercise.cautions().isEmpty() ? Verdict.SUITABLE : Verdict.CHECK;
      List<Reason> reasons = new ArrayList<>();
      for (Plain.Contraindication ci : exercise.contraindications()) {
        if (conditionIds.contains(ci.conditionId())
            && (ci.findingId() == null || findingIds.contains(ci.findingId()))) {
          Plain.Condition condition = conditions.get(ci.conditionId());
          Plain.Finding finding = null;
          if (ci.findingId() != null) {
            for (Plain.Finding f : condition.findings()) {
              if (f.id().equals(ci.findingId())) {
                finding = f;
              }
            }
          }
          Set<String> cited = new LinkedHashSet<>(ci.sourceIds());
          if (ci.quote() != null && ci.quote().sourceId() != null) {
            cited.add(ci.quote().sourceId());
          }
          reasons.add(new Reason(ci, condition, finding, resolve(cited, exercise.sources(), sources)));
          Verdict v = ci.severity() == Plain.Severity.AVOID ? Verdict.AVOID : Verdict.CAUTION;
          if (v.compareTo(verdict) > 0) {
            verdict = v;
          }
        }
      }
      verdicts.add(new EntryVerdict(i, exercise.id(), exercise.name(), verdict, reasons, exercise.cautions()));
      if (verdict == Verdict.CAUTION) {
        StringBuilder note = new StringBuilder(entry.note() == null ? "" : entry.note());
        for (Reason r : reasons) {
          String caution =
              "Caution (" + r.condition().name() + (r.finding() == null ? "" : " (" + r.finding().name() + ")")
                  + "): " + r.contraindication().rationale();
          if (note.indexOf(caution) >= 0) {
            continue;
          }
          if (note.length() > 0) {
            note.append(' ');
          }
          note.append(caution);
        }
        kept.add(new Plain.Entry(exercise, entry.dosage(), note.toString()));
      } else if (verdict != Verdict.AVOID) {
        kept.add(entry);
      }
    }

    List<Applicable> applicable = new ArrayList<>();
    List<Plain.Advisory> others = new ArrayList<>();
    for (Plain.Advisory a : p.advisories()) {
      String because = because(a, profile);
      if (because == null) {
        others.add(a);
      } else {
        Set<String> cited = new LinkedHashSet<>(a.sourceIds());
        for (Plain.Quote q : a.quotes()) {
          if (q.sourceId() != null) {
            cited.add(q.sourceId());
          }
        }
        applicable.add(new Applicable(a, because, resolve(cited, List.of(), sources)));
      }
    }

    List<String> unknown = new ArrayList<>();
    for (String id : profile.conditionIds()) {
      if (!conditions.containsKey(id)) {
        unknown.add(id);
      }
    }
    List<String> unmatched = new ArrayList<>();
    for (String findingId : profile.findingIds()) {
      boolean found = false;
      for (Plain.Condition c : p.conditions()) {
        if (conditionIds.contains(c.id())) {
          for (Plain.Finding f : c.findings()) {
            found |= f.id().equals(findingId);
          }
        }
      }
      if (!found) {
        unmatched.add(findingId);
      }
    }

    Plain.Protocol personalised =
        kept.isEmpty()
            ? null
            : new Plain.Protocol(
                p.id(),
                p.name(),
                p.language(),
                p.summary(),
                p.targetSegments(),
                p.conditions(),
                kept,
                p.advisories(),
                p.cautions(),
                p.recommendations(),
                p.takeaways(),
                p.sources());
    return new Report(verdicts, applicable, others, personalised, unknown, unmatched, p.cautions());
  }

  /** The sources of the ids, in order: each from the exercise's own sources, else the protocol's. */
  private static List<Plain.Source> resolve(
      Set<String> ids, List<Plain.Source> own, Map<String, Plain.Source> protocol) {
    List<Plain.Source> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Plain.Source s = null;
      for (Plain.Source o : own) {
        if (o.id().equals(id)) {
          s = o;
          break;
        }
      }
      if (s == null) {
        s = protocol.get(id);
      }
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@return why an advisory applies, or null when it does not} */
  private static String because(Plain.Advisory a, Profile profile) {
    switch (a.trigger()) {
      case PAIN_PERSISTS:
        return profile.painWeeks() != null
                && a.painWeeksAtLeast() != null
                && profile.painWeeks() >= a.painWeeksAtLeast()
            ? "The pain has lasted " + weeks(profile.painWeeks()) + "; this applies from "
                + weeks(a.painWeeksAtLeast()) + "."
            : null;
      case IN_PAIN_NOW:
        return profile.inPain() ? "The person is in pain now." : null;
      case DURING_EXERCISE:
        return "It applies to everyone while exercising.";
      case ALWAYS:
      default:
        return "It applies to everyone who follows the protocol.";
    }
  }

  private static String weeks(int weeks) {
    return weeks == 1 ? "1 week" : weeks + " weeks";
  }
}
