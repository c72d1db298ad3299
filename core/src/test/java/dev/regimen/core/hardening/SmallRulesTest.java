package dev.regimen.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Range;
import dev.regimen.core.dosage.Side;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.safety.Severity;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CueDuration;
import dev.regimen.core.session.CueKind;
import dev.regimen.core.session.CuePosition;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.LowBackFixture;
import dev.regimen.core.validation.ValidationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Small rules of the public API that mutation testing found unchecked: each test here was written
 * for a mutant of PIT that survived the rest of the suite.
 */
class SmallRulesTest {
  private final Protocol lowBack = LowBackFixture.protocol();
  private final Cue leadIn =
      Cue.builder()
          .kind(CueKind.LEAD_IN)
          .text("Get ready.")
          .duration(CueDuration.exact(10))
          .position(CuePosition.builder().entryIndex(0).exerciseId("rest").sets(1).build())
          .build();

  @Test
  void aReportThatKeepsAnEntryDoesNotSayEveryEntryIsAvoided() {
    ScreeningReport report = Screening.screen(lowBack, PatientProfile.empty());
    assertThat(report.everyEntryAvoided()).isFalse();
    assertThat(report.personalised()).isPresent();
  }

  @Test
  void aPlanOfExactCuesOnlyHasNoOpenCues() {
    SessionPlan plan =
        SessionPlan.builder().protocolId("p").protocolName("P").options(PlanOptions.defaults()).addCues(leadIn).build();
    assertThat(plan.hasOpenCues()).isFalse();
    assertThat(leadIn.optional()).isFalse();
    assertThat(plan.minSeconds()).isEqualTo(10);
  }

  @Test
  void aPlansCuesMustStartWithTheOneLeadIn() {
    assertThatThrownBy(
            () -> SessionPlan.builder().protocolId("p").protocolName("P").options(PlanOptions.defaults())
                .addCues(leadIn, leadIn).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cues[1].kind: only the first cue is a LEAD_IN");
  }

  @Test
  void aCueDurationIsExactARangeOrOpen() {
    CueDuration exact = CueDuration.exact(5);
    assertThat(exact.isExact()).isTrue();
    assertThat(exact.isRange()).isFalse();
    assertThat(exact.open()).isFalse();
    assertThat(exact.min()).isEqualTo(Duration.ofSeconds(5));
    assertThat(exact.max()).isEqualTo(Duration.ofSeconds(5));

    CueDuration range = CueDuration.between(5, 6);
    assertThat(range.isExact()).isFalse();
    assertThat(range.isRange()).isTrue();
    assertThat(range.min()).isEqualTo(Duration.ofSeconds(5));
    assertThat(range.max()).isEqualTo(Duration.ofSeconds(6));
    assertThat(CueDuration.between(5, 5).isExact()).isTrue();
    assertThat(CueDuration.between(5, 5).isRange()).isFalse();

    CueDuration open = CueDuration.open(7);
    assertThat(open.open()).isTrue();
    assertThat(open.isExact()).isFalse();
    assertThat(open.isRange()).isFalse();
    assertThat(open.max()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void planOptionsDefaultToTheirDocumentedConstants() {
    PlanOptions defaults = PlanOptions.defaults();
    assertThat(defaults.leadInSeconds()).isEqualTo(PlanOptions.DEFAULT_LEAD_IN_SECONDS).isEqualTo(10);
    assertThat(defaults.secondsPerStep()).isEqualTo(PlanOptions.DEFAULT_SECONDS_PER_STEP).isEqualTo(5);
    assertThat(defaults.secondsPerBreath()).isEqualTo(PlanOptions.DEFAULT_SECONDS_PER_BREATH).isEqualTo(5);
    assertThat(defaults.restBetweenRepetitionsSeconds()).isEqualTo(PlanOptions.DEFAULT_REST_BETWEEN_REPETITIONS_SECONDS).isEqualTo(5);
    assertThat(defaults.restBetweenSetsSeconds()).isEqualTo(PlanOptions.DEFAULT_REST_BETWEEN_SETS_SECONDS).isEqualTo(30);
    assertThat(defaults.restBetweenExercisesSeconds()).isEqualTo(PlanOptions.DEFAULT_REST_BETWEEN_EXERCISES_SECONDS).isEqualTo(15);
    assertThat(defaults.switchSidesSeconds()).isEqualTo(PlanOptions.DEFAULT_SWITCH_SIDES_SECONDS).isEqualTo(5);
  }

  @Test
  void aRestOfZeroSecondsBetweenSetsIsLeftOut() {
    ProtocolEntry tilt = lowBack.entries().get(2);
    assertThat(tilt.dosage().sets()).isEqualTo(Range.of(2));
    ProtocolEntry noSetRest =
        ProtocolEntry.of(
            tilt.exercise(), Dosage.builder().from(tilt.dosage()).restBetweenSetsSeconds(Range.of(0)).build());
    SessionPlan plan = SessionPlan.of(LowBackFixture.protocolWith(List.of(noSetRest)));
    assertThat(plan.cues(CueKind.REST)).noneMatch(c -> c.text().contains("Next: set"));
    assertThat(plan.cues(CueKind.REST)).allMatch(c -> c.duration().minSeconds() > 0);
  }

  @Test
  void theRestBetweenSetsOfAOneSidedExerciseNamesTheSideToStartOn() {
    ProtocolEntry hamstring = lowBack.entries().get(0);
    ProtocolEntry twoSets =
        ProtocolEntry.of(hamstring.exercise(), Dosage.builder().from(hamstring.dosage()).sets(Range.of(2)).build());
    SessionPlan plan = SessionPlan.of(LowBackFixture.protocolWith(List.of(twoSets)));
    List<Cue> setRests =
        plan.cues(CueKind.REST).stream().filter(c -> c.text().contains("Next: set")).collect(Collectors.toList());
    assertThat(hamstring.dosage().firstSide()).contains(Side.RIGHT);
    assertThat(setRests).extracting(Cue::text).containsExactly("Rest for 30 seconds. Next: set 2 of 2, right side.");
  }

  @Test
  void enumsSayThemselvesInWords() {
    assertThat(Arrays.stream(Verdict.values()).map(Verdict::displayName))
        .containsExactly("Suitable", "Read the cautions first", "Caution", "Avoid");
    assertThat(Arrays.stream(Severity.values()).map(Severity::displayName)).containsExactly("Avoid", "Caution");
    assertThat(BodyArea.HIP_FLEXORS.displayName()).isEqualTo("hip flexors");
    assertThat(BodyArea.HIP_FLEXORS.id()).isEqualTo("hip_flexors");
    assertThat(BodyArea.standard().stream().map(BodyArea::id)).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z_]+"));
    assertThat(Verdict.CAUTION.worst(Verdict.CAUTION)).isEqualTo(Verdict.CAUTION);
    assertThat(Verdict.SUITABLE.worst(Verdict.AVOID)).isEqualTo(Verdict.AVOID);
  }

  @Test
  void anEntryScreeningAndAnApplicableAdvisoryCheckTheirRules() {
    assertThatThrownBy(() -> EntryScreening.builder().index(-1).exerciseId("Not A Slug").exerciseName(" ").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("index")
        .hasMessageContaining("exerciseId")
        .hasMessageContaining("exerciseName");
    ApplicableAdvisory valid =
        Screening.screen(lowBack, PatientProfile.empty()).advisories().stream()
            .filter(a -> !a.sources().isEmpty())
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> ApplicableAdvisory.builder().from(valid).because(" ").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("because");
    assertThatThrownBy(() -> ApplicableAdvisory.builder().from(valid).sources(List.of()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sources: must be the sources cited");
  }
}
