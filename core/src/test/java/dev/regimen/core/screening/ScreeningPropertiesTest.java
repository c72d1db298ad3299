package dev.regimen.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.AdvisoryTrigger;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Source;
import dev.regimen.core.testing.Generators;
import dev.regimen.core.testing.ValueContracts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of screening over the shared generators. */
class ScreeningPropertiesTest {
  /** A protocol with a profile drawn against it. */
  private static final class Case {
    final Protocol protocol;
    final PatientProfile profile;
    final ScreeningReport report;

    Case(Protocol protocol, PatientProfile profile) {
      this.protocol = protocol;
      this.profile = profile;
      this.report = Screening.screen(protocol, profile);
    }

    @Override
    public String toString() {
      return "protocol=" + protocol + ", profile=" + profile;
    }
  }

  private static Gen<Case> cases() {
    return in -> {
      Protocol protocol = Generators.protocols().generate(in);
      return new Case(protocol, Generators.patientProfiles(protocol).generate(in));
    };
  }

  /** The matching rule, restated: the condition, and the finding when one is named. */
  private static boolean oracleMatches(Contraindication ci, PatientProfile profile) {
    boolean condition = profile.conditionIds().contains(ci.conditionId());
    boolean finding = ci.findingId().isEmpty() || profile.findingIds().contains(ci.findingId().get());
    return condition && finding;
  }

  private static Verdict oracleVerdict(ProtocolEntry entry, PatientProfile profile) {
    List<Severity> matched =
        entry.exercise().contraindications().stream()
            .filter(ci -> oracleMatches(ci, profile))
            .map(Contraindication::severity)
            .collect(Collectors.toList());
    if (matched.contains(Severity.AVOID)) {
      return Verdict.AVOID;
    }
    if (!matched.isEmpty()) {
      return Verdict.CAUTION;
    }
    return entry.exercise().cautions().isEmpty() ? Verdict.SUITABLE : Verdict.CHECK;
  }

  private static boolean oracleApplies(Advisory advisory, PatientProfile profile) {
    if (advisory.trigger() == AdvisoryTrigger.PAIN_PERSISTS) {
      return profile.painWeeks().isPresent()
          && profile.painWeeks().getAsInt() >= advisory.painWeeksAtLeast().getAsInt();
    }
    if (advisory.trigger() == AdvisoryTrigger.IN_PAIN_NOW) {
      return profile.inPain().orElse(false);
    }
    return true;
  }

  private static List<String> exerciseIds(List<ProtocolEntry> entries) {
    return entries.stream().map(e -> e.exercise().id()).collect(Collectors.toList());
  }

  @Test
  void screeningNeverAddsEntries() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              List<String> original = exerciseIds(c.protocol.entries());
              List<String> kept =
                  c.report.personalised().map(p -> exerciseIds(p.entries())).orElse(List.of());
              assertThat(original).containsAll(kept);
              assertThat(kept.size()).isLessThanOrEqualTo(original.size());
              assertThat(c.report.entries()).hasSameSizeAs(original);
            });
  }

  @Test
  void withAnEmptyProfileEveryEntryIsSuitableOrToCheckAndThePersonalisedProtocolIsTheProtocol() {
    qt().forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              ScreeningReport report = Screening.screen(protocol, PatientProfile.empty());
              for (int i = 0; i < protocol.entries().size(); i++) {
                boolean inWords = !protocol.entries().get(i).exercise().cautions().isEmpty();
                assertThat(report.entries().get(i).verdict())
                    .isEqualTo(inWords ? Verdict.CHECK : Verdict.SUITABLE);
              }
              assertThat(report.personalised()).contains(protocol);
              assertThat(report.protocolCautions()).isEqualTo(protocol.cautions());
            });
  }

  @Test
  void anExerciseWithACautionInWordsIsNeverCalledSuitable() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                List<Caution> cautions = c.protocol.entries().get(i).exercise().cautions();
                EntryScreening screening = c.report.entries().get(i);
                assertThat(screening.cautions()).isEqualTo(cautions);
                if (!cautions.isEmpty()) {
                  assertThat(screening.verdict()).isNotEqualTo(Verdict.SUITABLE);
                }
              }
            });
  }

  @Test
  void eachVerdictIsTheMostSevereMatchingContraindicationByTheDocumentedRule() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                ProtocolEntry entry = c.protocol.entries().get(i);
                EntryScreening screening = c.report.entries().get(i);
                assertThat(screening.exerciseId()).isEqualTo(entry.exercise().id());
                assertThat(screening.verdict()).isEqualTo(oracleVerdict(entry, c.profile));
                assertThat(screening.reasons())
                    .extracting(Reason::contraindication)
                    .containsExactlyElementsOf(
                        entry.exercise().contraindications().stream()
                            .filter(ci -> oracleMatches(ci, c.profile))
                            .collect(Collectors.toList()));
              }
            });
  }

  @Test
  void everyReasonCarriesTheSourcesItsContraindicationCites() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              for (EntryScreening screening : c.report.entries()) {
                for (Reason reason : screening.reasons()) {
                  Contraindication ci = reason.contraindication();
                  Set<String> cited = new LinkedHashSet<>(ci.sourceIds());
                  ci.quote().flatMap(q -> q.sourceId()).ifPresent(cited::add);
                  assertThat(reason.sources()).extracting(Source::id).containsExactlyElementsOf(cited);
                  ProtocolEntry entry = c.protocol.entries().get(screening.index());
                  assertThat(reason.sources())
                      .allMatch(s -> c.protocol.sources().contains(s) || entry.exercise().sources().contains(s));
                  assertThat(reason.condition().id()).isEqualTo(ci.conditionId());
                }
              }
            });
  }

  @Test
  void thePersonalisedProtocolIsValidAndKeepsEveryNonAvoidedEntryInOrder() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              List<ProtocolEntry> expectedKept = new ArrayList<>();
              for (int i = 0; i < c.protocol.entries().size(); i++) {
                if (c.report.entries().get(i).verdict() != Verdict.AVOID) {
                  expectedKept.add(c.protocol.entries().get(i));
                }
              }
              if (expectedKept.isEmpty()) {
                assertThat(c.report.personalised()).isEmpty();
                assertThat(c.report.everyEntryAvoided()).isTrue();
                return;
              }
              Protocol personalised = c.report.personalised().orElseThrow();
              // Valid: building it again from its parts passes every check.
              assertThat(Protocol.builder().from(personalised).build()).isEqualTo(personalised);
              assertThat(personalised.entries()).hasSameSizeAs(expectedKept);
              for (int i = 0; i < expectedKept.size(); i++) {
                ProtocolEntry original = expectedKept.get(i);
                ProtocolEntry kept = personalised.entries().get(i);
                EntryScreening screening = c.report.entry(original.exercise().id()).orElseThrow();
                if (screening.verdict() == Verdict.SUITABLE || screening.verdict() == Verdict.CHECK) {
                  assertThat(kept).isEqualTo(original);
                } else {
                  // A caution changes the note only: the entry's own note first, then each reason.
                  assertThat(ProtocolEntry.builder().from(kept).note(original.note()).build())
                      .isEqualTo(original);
                  String note = kept.note().orElseThrow();
                  original.note().ifPresent(n -> assertThat(note).startsWith(n));
                  for (Reason reason : screening.reasons()) {
                    assertThat(note).contains(reason.rationale());
                  }
                }
              }
              // Everything but the entries is unchanged, every advisory included.
              assertThat(Protocol.builder().from(personalised).entries(c.protocol.entries()).build())
                  .isEqualTo(c.protocol);
            });
  }

  @Test
  void everyAdvisoryIsApplicableOrOtherExactlyByItsTriggerAndTheProfile() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              List<Advisory> applicable =
                  c.report.advisories().stream()
                      .map(ApplicableAdvisory::advisory)
                      .collect(Collectors.toList());
              assertThat(applicable)
                  .containsExactlyElementsOf(
                      c.protocol.advisories().stream()
                          .filter(a -> oracleApplies(a, c.profile))
                          .collect(Collectors.toList()));
              assertThat(c.report.otherAdvisories())
                  .containsExactlyElementsOf(
                      c.protocol.advisories().stream()
                          .filter(a -> !oracleApplies(a, c.profile))
                          .collect(Collectors.toList()));
            });
  }

  @Test
  void idsTheProtocolCannotJudgeAreReported() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              for (String id : c.profile.conditionIds()) {
                assertThat(c.report.unknownConditionIds().contains(id))
                    .isEqualTo(c.protocol.condition(id).isEmpty());
              }
              for (String id : c.profile.findingIds()) {
                boolean ofAConditionOfThePerson =
                    c.protocol.conditions().stream()
                        .anyMatch(
                            k -> c.profile.conditionIds().contains(k.id()) && k.finding(id).isPresent());
                assertThat(c.report.unmatchedFindingIds().contains(id))
                    .isEqualTo(!ofAConditionOfThePerson);
              }
            });
  }

  @Test
  void reportsAreValuesWhoseListsCannotBeChangedThroughThem() {
    qt().withExamples(300)
        .forAll(Generators.screeningReports())
        .checkAssert(
            report -> {
              ValueContracts.assertSameValue(ScreeningReport.builder().from(report).build(), report);
              ValueContracts.assertListsUnmodifiable(report);
              ValueContracts.assertBuilderCopiesLists(report);
              for (EntryScreening entry : report.entries()) {
                ValueContracts.assertSameValue(EntryScreening.builder().from(entry).build(), entry);
                ValueContracts.assertListsUnmodifiable(entry);
                ValueContracts.assertBuilderCopiesLists(entry);
                for (Reason reason : entry.reasons()) {
                  ValueContracts.assertSameValue(Reason.builder().from(reason).build(), reason);
                  ValueContracts.assertListsUnmodifiable(reason);
                  ValueContracts.assertBuilderCopiesLists(reason);
                }
              }
              for (ApplicableAdvisory advisory : report.advisories()) {
                ValueContracts.assertSameValue(
                    ApplicableAdvisory.builder().from(advisory).build(), advisory);
                ValueContracts.assertBuilderCopiesLists(advisory);
              }
              ValueContracts.assertSameValue(
                  PatientProfile.builder().from(report.profile()).build(), report.profile());
            });
  }

  @Test
  void buildersRejectNullsNamingTheAttribute() {
    ValueContracts.assertBuilderRejectsNulls(PatientProfile.builder());
    ValueContracts.assertBuilderRejectsNulls(Reason.builder());
    ValueContracts.assertBuilderRejectsNulls(EntryScreening.builder());
    ValueContracts.assertBuilderRejectsNulls(ApplicableAdvisory.builder());
    ValueContracts.assertBuilderRejectsNulls(ScreeningReport.builder());
  }

  @Test
  void theGeneratedCasesReachEveryVerdictAndEveryTrigger() {
    // Guards the properties above against passing vacuously on cases that never match anything.
    List<Case> sample = new ArrayList<>();
    qt().withFixedSeed(6L).withExamples(500).forAll(cases()).checkAssert(sample::add);

    assertThat(sample.stream().flatMap(c -> c.report.entries().stream()).map(EntryScreening::verdict))
        .contains(Verdict.SUITABLE, Verdict.CHECK, Verdict.CAUTION, Verdict.AVOID);
    assertThat(sample).anyMatch(c -> !c.report.toCheck().isEmpty());
    assertThat(sample).anyMatch(c -> c.report.everyEntryAvoided());
    assertThat(sample).anyMatch(c -> !c.report.keptWithCaution().isEmpty() && c.report.personalised().isPresent());
    assertThat(sample.stream().flatMap(c -> c.report.advisories().stream()).map(a -> a.advisory().trigger()))
        .contains(AdvisoryTrigger.values());
    assertThat(sample.stream().flatMap(c -> c.report.otherAdvisories().stream()).map(Advisory::trigger))
        .contains(AdvisoryTrigger.PAIN_PERSISTS, AdvisoryTrigger.IN_PAIN_NOW);
  }

  @Test
  void screeningAPersonalisedProtocolAgainWithTheSameProfileChangesNothing() {
    qt().forAll(cases())
        .checkAssert(
            c ->
                c.report
                    .personalised()
                    .ifPresent(
                        p -> assertThat(Screening.screen(p, c.profile).personalised()).contains(p)));
  }
}
