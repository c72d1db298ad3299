package dev.regimen.core.screening;

import static dev.regimen.core.testing.LowBackFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Advisory;
import dev.regimen.core.safety.Contraindication;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.source.Source;
import dev.regimen.core.testing.LowBackFixture;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.core.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScreeningTest {
  private final Protocol protocol = LowBackFixture.protocol();

  private static PatientProfile herniatedWithExtrusion() {
    return PatientProfile.builder().addConditionIds(HERNIATED_DISC).addFindingIds(EXTRUDED).build();
  }

  private static List<String> ids(List<EntryScreening> screenings) {
    return screenings.stream().map(EntryScreening::exerciseId).collect(Collectors.toList());
  }

  private static List<String> advisoryIds(ScreeningReport report) {
    return report.advisories().stream().map(a -> a.advisory().id()).collect(Collectors.toList());
  }

  @Test
  void aConditionWithItsFindingMakesTheStretchesAvoidedWithEveryReason() {
    ScreeningReport report = Screening.screen(protocol, herniatedWithExtrusion());

    assertThat(ids(report.removed())).containsExactly(HAMSTRING, KNEE_TO_CHEST);
    EntryScreening hamstring = report.entry(HAMSTRING).orElseThrow();
    assertThat(hamstring.verdict()).isEqualTo(Verdict.AVOID);
    assertThat(hamstring.index()).isZero();
    assertThat(hamstring.exerciseName()).isEqualTo("Seated Hamstring Stretch");
    // Both contraindications match; the caution is kept as a reason beside the avoid.
    assertThat(hamstring.reasons())
        .extracting(Reason::contraindication)
        .containsExactly(STRETCH_CAUTION, STRETCH_AVOID);
    Reason avoid = hamstring.reasons().get(1);
    assertThat(avoid.severity()).isEqualTo(Severity.AVOID);
    assertThat(avoid.rationale())
        .isEqualTo("Stretching can push extruded disc material further onto the nerve.");
    assertThat(avoid.condition()).isEqualTo(HERNIATED);
    assertThat(avoid.finding().orElseThrow().id()).isEqualTo(EXTRUDED);
    assertThat(avoid.matchedOn()).isEqualTo("Herniated disc (Disc extruded onto the nerve)");
    // Its source ids, then its quote's source, resolved from the protocol.
    assertThat(avoid.sources()).containsExactly(ARTICLE_SOURCE, GUIDELINE_SOURCE);
    assertThat(report.entry(PELVIC_TILT).orElseThrow().verdict()).isEqualTo(Verdict.SUITABLE);
    assertThat(report.entry(BREATHING).orElseThrow().verdict()).isEqualTo(Verdict.SUITABLE);
  }

  @Test
  void theConditionAloneGivesCautionNotAvoid() {
    PatientProfile profile = PatientProfile.builder().addConditionIds(HERNIATED_DISC).build();
    ScreeningReport report = Screening.screen(protocol, profile);

    assertThat(report.removed()).isEmpty();
    assertThat(ids(report.keptWithCaution())).containsExactly(HAMSTRING, KNEE_TO_CHEST);
    assertThat(report.entry(HAMSTRING).orElseThrow().reasons())
        .extracting(Reason::contraindication)
        .containsExactly(STRETCH_CAUTION);
  }

  @Test
  void aFindingWithoutItsConditionMatchesNothingAndIsReported() {
    PatientProfile profile = PatientProfile.builder().addFindingIds(EXTRUDED).build();
    ScreeningReport report = Screening.screen(protocol, profile);

    assertThat(report.entries()).allMatch(e -> e.verdict() == Verdict.SUITABLE);
    assertThat(report.unmatchedFindingIds()).containsExactly(EXTRUDED);
  }

  @Test
  void conditionIdsTheProtocolDoesNotKnowAreReportedNotIgnored() {
    PatientProfile profile =
        PatientProfile.builder().addConditionIds("herniated-disk", HERNIATED_DISC).build();
    ScreeningReport report = Screening.screen(protocol, profile);

    assertThat(report.unknownConditionIds()).containsExactly("herniated-disk");
    assertThat(report.unmatchedFindingIds()).isEmpty();
  }

  @Test
  void theVerdictIsTheMostSevereOfEveryMatchedContraindication() {
    PatientProfile profile =
        PatientProfile.builder()
            .addConditionIds(MUSCLE_STRAIN, HERNIATED_DISC)
            .addFindingIds(EXTRUDED)
            .build();
    ScreeningReport report = Screening.screen(protocol, profile);

    assertThat(report.entries())
        .extracting(EntryScreening::verdict)
        .containsExactly(Verdict.AVOID, Verdict.AVOID, Verdict.CAUTION, Verdict.SUITABLE);
  }

  @Test
  void thePersonalisedProtocolDropsAvoidedEntriesAndKeepsEverythingElse() {
    ScreeningReport report = Screening.screen(protocol, herniatedWithExtrusion());
    Protocol personalised = report.personalised().orElseThrow();

    assertThat(personalised.entries()).containsExactly(PELVIC_TILT_ENTRY, BREATHING_ENTRY);
    assertThat(Protocol.builder().from(personalised).entries(protocol.entries()).build())
        .isEqualTo(protocol);
  }

  @Test
  void cautionsAreAddedToTheEntryNoteAfterItsOwnNote() {
    PatientProfile profile =
        PatientProfile.builder().addConditionIds(HERNIATED_DISC, MUSCLE_STRAIN).build();
    Protocol personalised = Screening.screen(protocol, profile).personalised().orElseThrow();

    ProtocolEntry hamstring = personalised.entries().get(0);
    assertThat(hamstring.note())
        .contains(
            "Keep your back straight. Caution (Herniated disc): Stretching can worsen a herniated"
                + " disc.");
    assertThat(ProtocolEntry.builder().from(hamstring).note(HAMSTRING_ENTRY.note()).build())
        .isEqualTo(HAMSTRING_ENTRY);
    assertThat(personalised.entries().get(2).note())
        .contains("Caution (Muscle strain): Keep the tilt small while the muscle heals.");
    assertThat(personalised.entries().get(3)).isEqualTo(BREATHING_ENTRY);
  }

  @Test
  void aReasonsNoteSentenceNamesWhatMatchedAndWhyAndIsWhatTheNoteGains() {
    PatientProfile profile = PatientProfile.builder().addConditionIds(HERNIATED_DISC).build();
    ScreeningReport report = Screening.screen(protocol, profile);
    Reason reason = report.entries().get(0).reasons().get(0);

    assertThat(reason.noteSentence())
        .isEqualTo("Caution (Herniated disc): Stretching can worsen a herniated disc.");
    assertThat(report.personalised().orElseThrow().entries().get(0).note())
        .contains(HAMSTRING_ENTRY.note().orElseThrow() + " " + reason.noteSentence());
  }

  @Test
  void anEmptyProfileFindsEverythingSuitableAndChangesNothing() {
    ScreeningReport report = Screening.screen(protocol, PatientProfile.empty());

    assertThat(report.entries()).allMatch(e -> e.verdict() == Verdict.SUITABLE && e.reasons().isEmpty());
    assertThat(report.personalised()).contains(protocol);
    assertThat(report.unknownConditionIds()).isEmpty();
    assertThat(report.unmatchedFindingIds()).isEmpty();
  }

  @Test
  void whenEveryEntryIsToBeAvoidedThereIsNoPersonalisedProtocolAndTheReportSaysWhy() {
    Protocol stretchesOnly = protocolWith(List.of(HAMSTRING_ENTRY, KNEE_TO_CHEST_ENTRY));
    ScreeningReport report = Screening.screen(stretchesOnly, herniatedWithExtrusion());

    assertThat(report.everyEntryAvoided()).isTrue();
    assertThat(report.personalised()).isEmpty();
    assertThat(ids(report.removed())).containsExactly(HAMSTRING, KNEE_TO_CHEST);
    assertThat(report.removed()).allMatch(e -> !e.reasons().isEmpty());
    // The notices still reach the person.
    assertThat(advisoryIds(report)).containsExactly(CONSULT, EASE_OFF);
  }

  @Test
  void alwaysAndDuringExerciseAdvisoriesApplyToEveryone() {
    ScreeningReport report = Screening.screen(protocol, PatientProfile.empty());

    assertThat(advisoryIds(report)).containsExactly(CONSULT, EASE_OFF);
    assertThat(report.otherAdvisories())
        .containsExactly(SPECIALIST_ADVISORY, NOT_IN_PAIN_ADVISORY);
    assertThat(report.advisory(CONSULT).orElseThrow().sources()).containsExactly(ARTICLE_SOURCE);
    assertThat(report.advisory(EASE_OFF).orElseThrow().sources()).isEmpty();
  }

  @Test
  void painPersistingForTheAdvisorysWeeksBringsTheSpecialistAdvisoryWithItsSources() {
    PatientProfile atThreshold = PatientProfile.builder().painWeeks(SPECIALIST_WEEKS).build();
    PatientProfile justBelow = PatientProfile.builder().painWeeks(SPECIALIST_WEEKS - 1).build();

    ApplicableAdvisory specialist =
        Screening.screen(protocol, atThreshold).advisory(SPECIALIST).orElseThrow();
    assertThat(specialist.advisory()).isEqualTo(SPECIALIST_ADVISORY);
    assertThat(specialist.because()).isEqualTo("The pain has lasted 3 weeks; this applies from 3 weeks.");
    assertThat(specialist.sources()).containsExactly(ARTICLE_SOURCE, GUIDELINE_SOURCE);
    assertThat(Screening.screen(protocol, justBelow).advisory(SPECIALIST)).isEmpty();
  }

  @Test
  void theWeeksOfPainThresholdIsTheAdvisorysDataNotAConstant() {
    Advisory later = Advisory.builder().from(SPECIALIST_ADVISORY).painWeeksAtLeast(8).build();
    Protocol p =
        Protocol.builder().from(protocol).advisories(List.of(CONSULT_ADVISORY, later)).build();
    PatientProfile sixWeeks = PatientProfile.builder().painWeeks(6).build();

    assertThat(Screening.screen(protocol, sixWeeks).advisory(SPECIALIST)).isPresent();
    assertThat(Screening.screen(p, sixWeeks).advisory(SPECIALIST)).isEmpty();
    assertThat(Screening.screen(p, PatientProfile.builder().painWeeks(8).build()).advisory(SPECIALIST))
        .isPresent();
  }

  @Test
  void anUnknownPainDurationDoesNotBringThePainPersistsAdvisory() {
    ScreeningReport report =
        Screening.screen(protocol, PatientProfile.builder().inPain(false).build());

    assertThat(report.advisory(SPECIALIST)).isEmpty();
    assertThat(report.otherAdvisories()).contains(SPECIALIST_ADVISORY);
  }

  @Test
  void notKnowingWhetherThePersonIsInPainNowKeepsTheInPainAdvisoryAmongTheOthers() {
    ScreeningReport unknown = Screening.screen(protocol, PatientProfile.builder().painWeeks(1).build());
    ScreeningReport notInPain = Screening.screen(protocol, PatientProfile.builder().inPain(false).build());

    assertThat(unknown.profile().inPain()).isEmpty();
    assertThat(notInPain.profile().inPain()).contains(false);
    assertThat(unknown.advisory(NOT_IN_PAIN)).isEmpty();
    assertThat(unknown.otherAdvisories()).extracting(a -> a.id()).contains(NOT_IN_PAIN);
    assertThat(notInPain.otherAdvisories()).extracting(a -> a.id()).contains(NOT_IN_PAIN);
  }

  @Test
  void beingInPainNowBringsTheInPainAdvisory() {
    ScreeningReport report = Screening.screen(protocol, PatientProfile.builder().inPain(true).build());

    assertThat(advisoryIds(report)).containsExactly(CONSULT, EASE_OFF, NOT_IN_PAIN);
    assertThat(report.advisory(NOT_IN_PAIN).orElseThrow().sources())
        .containsExactly(GUIDELINE_SOURCE);
  }

  @Test
  void everyAdvisoryIsEitherApplicableOrOtherAndThePersonalisedProtocolKeepsThemAll() {
    PatientProfile profile =
        PatientProfile.builder().addConditionIds(HERNIATED_DISC).painWeeks(10).build();
    ScreeningReport report = Screening.screen(protocol, profile);

    assertThat(advisoryIds(report)).containsExactly(CONSULT, SPECIALIST, EASE_OFF);
    assertThat(report.otherAdvisories()).containsExactly(NOT_IN_PAIN_ADVISORY);
    assertThat(report.personalised().orElseThrow().advisories())
        .isEqualTo(protocol.advisories());
  }

  @Test
  void theReportNamesTheProtocolAndTheProfile() {
    PatientProfile profile = herniatedWithExtrusion();
    ScreeningReport report = Screening.screen(protocol, profile);

    assertThat(report.protocolId()).isEqualTo("low-back-relief");
    assertThat(report.protocolName()).isEqualTo("Low Back Relief");
    assertThat(report.profile()).isEqualTo(profile);
  }

  @Test
  void aContraindicationWithAFindingMatchesOnlyWithBoth() {
    PatientProfile both = herniatedWithExtrusion();
    PatientProfile conditionOnly = PatientProfile.builder().addConditionIds(HERNIATED_DISC).build();
    PatientProfile findingOnly = PatientProfile.builder().addFindingIds(EXTRUDED).build();

    assertThat(Screening.matches(STRETCH_AVOID, both)).isTrue();
    assertThat(Screening.matches(STRETCH_AVOID, conditionOnly)).isFalse();
    assertThat(Screening.matches(STRETCH_AVOID, findingOnly)).isFalse();
    assertThat(Screening.matches(STRETCH_CAUTION, both)).isTrue();
    assertThat(Screening.matches(STRETCH_CAUTION, conditionOnly)).isTrue();
    assertThat(Screening.matches(STRETCH_CAUTION, findingOnly)).isFalse();
  }

  @Test
  void rejectsAProfileWithABadIdOrNegativeWeeksNamingEach() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                PatientProfile.builder()
                    .addConditionIds(HERNIATED_DISC, "Herniated Disc")
                    .addFindingIds("")
                    .painWeeks(-1)
                    .build());
    assertThat(e.problems())
        .extracting(Violation::path)
        .containsExactly("conditionIds[1]", "findingIds[0]", "painWeeks");
    assertThat(e.getMessage()).contains("painWeeks: must not be negative, was -1");
  }

  @Test
  void aProfileKeepsEachIdOnceInTheOrderGiven() {
    PatientProfile profile =
        PatientProfile.builder()
            .addConditionIds(MUSCLE_STRAIN, HERNIATED_DISC, MUSCLE_STRAIN)
            .build();

    assertThat(profile.conditionIds()).containsExactly(MUSCLE_STRAIN, HERNIATED_DISC);
    assertThat(PatientProfile.empty().painWeeks()).isEmpty();
    assertThat(PatientProfile.empty().inPain()).isEmpty();
  }

  @Test
  void rejectsAReasonWhoseConditionOrSourcesAreNotTheContraindications() {
    Contraindication ci = STRETCH_AVOID;
    assertThatThrownBy(
            () ->
                Reason.builder()
                    .contraindication(ci)
                    .condition(STRAIN)
                    .sources(List.<Source>of(ARTICLE_SOURCE))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("condition.id: must be the contraindication's condition 'herniated-disc', was 'muscle-strain'")
        .hasMessageContaining("finding: is required: the contraindication names finding 'disc-extruded-onto-nerve'")
        .hasMessageContaining(
            "sources: must be the sources cited, [low-back-article, back-guideline] in that order,"
                + " was [low-back-article]");
  }

  @Test
  void rejectsAReportWithoutEntries() {
    ScreeningReport report = Screening.screen(protocol, herniatedWithExtrusion());

    assertThatThrownBy(() -> ScreeningReport.builder().from(report).entries(List.of()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("entries: must have at least one entry screening");
  }

  @Test
  void rejectsAReportWhosePersonalisedProtocolKeepsAnAvoidedEntry() {
    ScreeningReport report = Screening.screen(protocol, herniatedWithExtrusion());

    assertThatThrownBy(
            () -> ScreeningReport.builder().from(report).personalised(protocol).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "personalised.entries: must be exactly the entries not to be avoided, [pelvic-tilt,"
                + " belly-breathing], was [seated-hamstring-stretch, knee-to-chest-stretch,"
                + " pelvic-tilt, belly-breathing]");
  }

  @Test
  void rejectsAReportWithoutAPersonalisedProtocolWhenSomeEntryIsKept() {
    ScreeningReport report = Screening.screen(protocol, PatientProfile.empty());

    assertThatThrownBy(
            () ->
                ScreeningReport.builder()
                    .from(report)
                    .personalised(java.util.Optional.empty())
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("personalised: is required");
  }
}
