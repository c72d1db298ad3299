package dev.regimen.core.screening;

import dev.regimen.core.condition.Condition;
import dev.regimen.core.condition.Finding;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Contraindication;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Screens a protocol against what is known of a person. Stateless and thread-safe.
 *
 * <pre>{@code
 * ScreeningReport report = Screening.screen(Catalog.l5s1Relief(), profile);
 * report.removed();        // the entries to avoid, each with its reasons
 * report.advisories();     // the notices that apply, with why and their sources
 * report.personalised();   // the protocol this person may follow, if any
 * }</pre>
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li><b>Matching.</b> A contraindication that names a condition and a finding matches only when
 *       the person has both; one that names only a condition matches whenever the person has that
 *       condition, with or without findings. Ids are compared exactly. See {@link
 *       #matches(Contraindication, PatientProfile)}.
 *   <li><b>Verdict.</b> An entry's verdict is the most severe of its exercise's matching
 *       contraindications ({@link Verdict#AVOID} over {@link Verdict#CAUTION}). When none matches,
 *       it is {@link Verdict#CHECK} if the exercise carries cautions in words (screening cannot
 *       judge words: the person must read them), and {@link Verdict#SUITABLE} otherwise. Every
 *       matching contraindication is kept as a {@link Reason}, not only the most severe; every
 *       caution in words of the exercise is kept with its entry, and the protocol's in the report.
 *   <li><b>Advisories.</b> {@link AdvisoryTrigger#ALWAYS} and {@link
 *       AdvisoryTrigger#DURING_EXERCISE} apply to everyone; {@link AdvisoryTrigger#PAIN_PERSISTS}
 *       applies when the pain is known to have lasted at least the advisory's own {@link
 *       Advisory#painWeeksAtLeast()} weeks; {@link AdvisoryTrigger#IN_PAIN_NOW} applies when the
 *       person is in pain now. The thresholds are the protocol's data; none is fixed here. See
 *       {@link #applies(Advisory, PatientProfile)}.
 *   <li><b>Personalised protocol.</b> The protocol with the entries to avoid removed (entries to
 *       check are kept) and, on each
 *       entry given {@link Verdict#CAUTION}, the note extended by one sentence per reason: {@code
 *       Caution (<condition>[ (<finding>)]): <rationale>}, after the entry's own note when it has
 *       one, unless the note already holds that sentence (so screening a personalised protocol
 *       again with the same profile changes nothing). Everything else is unchanged: the kept entries' order, exercises and dosages, the
 *       conditions, every advisory, the recommendations, takeaways and sources. A protocol needs
 *       at least one entry, so when every entry is to be avoided there is no personalised protocol
 *       and the report says so.
 *   <li><b>What screening cannot judge.</b> Condition ids the protocol does not know, and finding
 *       ids that belong to none of the person's conditions, match nothing; the report lists them
 *       ({@link ScreeningReport#unknownConditionIds()}, {@link
 *       ScreeningReport#unmatchedFindingIds()}) so that a misspelt id or an unexpected finding is
 *       seen rather than silently ignored.
 * </ol>
 */
public final class Screening {
  private Screening() {}

  /**
   * Screens a protocol against what is known of a person, by the rules above.
   *
   * @param protocol the protocol
   * @param profile what is known of the person; {@link PatientProfile#empty()} when nothing is
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static ScreeningReport screen(Protocol protocol, PatientProfile profile) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(profile, "profile");

    List<EntryScreening> screenings = new ArrayList<>();
    List<ProtocolEntry> kept = new ArrayList<>();
    for (int i = 0; i < protocol.entries().size(); i++) {
      ProtocolEntry entry = protocol.entries().get(i);
      EntryScreening screening = screen(protocol, i, entry.exercise(), profile);
      screenings.add(screening);
      if (screening.verdict() == Verdict.CAUTION) {
        kept.add(withCautions(entry, screening.reasons()));
      } else if (screening.verdict() != Verdict.AVOID) {
        kept.add(entry);
      }
    }

    List<ApplicableAdvisory> applicable = new ArrayList<>();
    List<Advisory> others = new ArrayList<>();
    for (Advisory advisory : protocol.advisories()) {
      if (applies(advisory, profile)) {
        applicable.add(
            ApplicableAdvisory.builder()
                .advisory(advisory)
                .because(because(advisory, profile))
                .sources(Citations.resolve(protocol, Citations.of(advisory)))
                .build());
      } else {
        others.add(advisory);
      }
    }

    Optional<Protocol> personalised =
        kept.isEmpty()
            ? Optional.empty()
            : Optional.of(Protocol.builder().from(protocol).entries(kept).build());

    return ScreeningReport.builder()
        .protocolId(protocol.id())
        .protocolName(protocol.name())
        .profile(profile)
        .entries(screenings)
        .advisories(applicable)
        .otherAdvisories(others)
        .personalised(personalised)
        .unknownConditionIds(unknownConditionIds(protocol, profile))
        .unmatchedFindingIds(unmatchedFindingIds(protocol, profile))
        .protocolCautions(protocol.cautions())
        .build();
  }

  /**
   * Whether a contraindication matches a person: the person has its condition and, when it names
   * a finding, that finding too.
   *
   * @param contraindication the contraindication
   * @param profile what is known of the person
   * @return whether it matches
   * @throws NullPointerException if an argument is null
   */
  public static boolean matches(Contraindication contraindication, PatientProfile profile) {
    Objects.requireNonNull(contraindication, "contraindication");
    Objects.requireNonNull(profile, "profile");
    return profile.hasCondition(contraindication.conditionId())
        && contraindication.findingId().map(profile::hasFinding).orElse(true);
  }

  /**
   * Whether an advisory applies to a person: always for {@link AdvisoryTrigger#ALWAYS} and {@link
   * AdvisoryTrigger#DURING_EXERCISE}; for {@link AdvisoryTrigger#PAIN_PERSISTS} when the pain is
   * known to have lasted at least {@link Advisory#painWeeksAtLeast()} weeks (not when its duration
   * is unknown); for {@link AdvisoryTrigger#IN_PAIN_NOW} when the person is known to be in pain now
   * (not when that is unknown).
   *
   * @param advisory the advisory
   * @param profile what is known of the person
   * @return whether it applies
   * @throws NullPointerException if an argument is null
   */
  public static boolean applies(Advisory advisory, PatientProfile profile) {
    Objects.requireNonNull(advisory, "advisory");
    Objects.requireNonNull(profile, "profile");
    switch (advisory.trigger()) {
      case PAIN_PERSISTS:
        return profile.painWeeks().isPresent()
            && advisory.painWeeksAtLeast().isPresent()
            && profile.painWeeks().getAsInt() >= advisory.painWeeksAtLeast().getAsInt();
      case IN_PAIN_NOW:
        return profile.inPain().orElse(false);
      case ALWAYS:
      case DURING_EXERCISE:
      default:
        return true;
    }
  }

  private static EntryScreening screen(
      Protocol protocol, int index, Exercise exercise, PatientProfile profile) {
    List<Reason> reasons = new ArrayList<>();
    for (Contraindication ci : exercise.contraindications()) {
      if (matches(ci, profile)) {
        // A valid protocol names only its own conditions and their findings.
        Condition condition =
            protocol
                .condition(ci.conditionId())
                .orElseThrow(() -> new IllegalStateException("unknown condition " + ci));
        Optional<Finding> finding = ci.findingId().flatMap(condition::finding);
        reasons.add(
            Reason.builder()
                .contraindication(ci)
                .condition(condition)
                .finding(finding)
                .sources(Citations.resolve(protocol, exercise, Citations.of(ci)))
                .build());
      }
    }
    return EntryScreening.builder()
        .index(index)
        .exerciseId(exercise.id())
        .exerciseName(exercise.name())
        .reasons(reasons)
        .cautions(exercise.cautions())
        .build();
  }

  private static ProtocolEntry withCautions(ProtocolEntry entry, List<Reason> reasons) {
    StringBuilder note = new StringBuilder(entry.note().orElse(""));
    for (Reason reason : reasons) {
      String caution = reason.noteSentence();
      if (note.indexOf(caution) >= 0) {
        continue; // already screened: screening again adds nothing
      }
      if (note.length() > 0) {
        note.append(' ');
      }
      note.append(caution);
    }
    return ProtocolEntry.builder().from(entry).note(note.toString()).build();
  }

  private static String because(Advisory advisory, PatientProfile profile) {
    switch (advisory.trigger()) {
      case PAIN_PERSISTS:
        return "The pain has lasted " + weeks(profile.painWeeks().getAsInt())
            + "; this applies from " + weeks(advisory.painWeeksAtLeast().getAsInt()) + ".";
      case IN_PAIN_NOW:
        return "The person is in pain now.";
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

  private static List<String> unknownConditionIds(Protocol protocol, PatientProfile profile) {
    return profile.conditionIds().stream()
        .filter(id -> protocol.condition(id).isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  private static List<String> unmatchedFindingIds(Protocol protocol, PatientProfile profile) {
    return profile.findingIds().stream()
        .filter(
            findingId ->
                protocol.conditions().stream()
                    .filter(c -> profile.hasCondition(c.id()))
                    .noneMatch(c -> c.finding(findingId).isPresent()))
        .collect(Collectors.toUnmodifiableList());
  }
}
