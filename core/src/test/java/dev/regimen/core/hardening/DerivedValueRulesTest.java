package dev.regimen.core.hardening;

import static dev.regimen.core.testing.LowBackFixture.*;
import static dev.regimen.core.testing.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Reason;
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
import dev.regimen.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The values Regimen derives (screening reports and their reasons, session plans and their cues)
 * can also be built by hand or read from JSON; each of their rules holds on its own and names the
 * attribute that breaks it.
 */
class DerivedValueRulesTest {
  private final Protocol protocol = LowBackFixture.protocol();
  private final ScreeningReport extruded =
      Screening.screen(protocol, PatientProfile.builder().addConditionIds(HERNIATED_DISC).addFindingIds(EXTRUDED).build());
  private final ScreeningReport everyone = Screening.screen(protocol, PatientProfile.empty());
  private final SessionPlan plan = SessionPlan.of(protocol);
  private final CuePosition at = CuePosition.builder().entryIndex(0).exerciseId("rest").sets(1).build();

  private static List<String> paths(Runnable build) {
    return rejectionOf(() -> {
          build.run();
          return null;
        })
        .violations()
        .stream()
        .map(Violation::path)
        .collect(Collectors.toList());
  }

  private static String message(Runnable build) {
    return rejectionOf(() -> {
          build.run();
          return null;
        })
        .getMessage();
  }

  @Test
  void aReportNeedsASlugIdATitleAndUniqueEntriesAndAdvisories() {
    // the personalised protocol keeps the report's own id, so it is reported too
    assertThat(paths(() -> ScreeningReport.builder().from(everyone).protocolId("Low Back").protocolName(" ").build()))
        .containsExactly("protocolId", "protocolName", "personalised.id");
    List<EntryScreening> repeated = new ArrayList<>(everyone.entries());
    repeated.set(1, EntryScreening.builder().from(repeated.get(1)).exerciseId(repeated.get(0).exerciseId()).build());
    assertThat(message(() -> ScreeningReport.builder().from(everyone).entries(repeated).build()))
        .contains("entries[1].exerciseId: duplicate exercise id '" + repeated.get(0).exerciseId() + "' (first at entries[0])");
    assertThat(message(() -> ScreeningReport.builder().from(everyone).addAdvisories(everyone.advisories().get(0)).build()))
        .contains("advisories[" + everyone.advisories().size() + "].advisory.id: duplicate advisory id");
    assertThat(message(() -> ScreeningReport.builder().from(everyone).addOtherAdvisories(everyone.otherAdvisories().get(0)).build()))
        .contains("otherAdvisories[" + everyone.otherAdvisories().size() + "].id: duplicate advisory id");
  }

  @Test
  void aReportsEntriesAreNumberedInOrderAndNoAdvisoryIsInBothLists() {
    List<EntryScreening> swapped = new ArrayList<>(everyone.entries());
    swapped.set(0, everyone.entries().get(1));
    swapped.set(1, everyone.entries().get(0));
    assertThat(message(() -> ScreeningReport.builder().from(everyone).entries(swapped).build()))
        .contains("entries[0].index: must be 0, was 1")
        .contains("entries[1].index: must be 1, was 0");
    String alsoApplicable = everyone.advisories().get(0).advisory().id();
    assertThat(message(() -> ScreeningReport.builder().from(everyone).addOtherAdvisories(everyone.advisories().get(0).advisory()).build()))
        .contains("otherAdvisories[" + everyone.otherAdvisories().size() + "].id: advisory '" + alsoApplicable
            + "' is also among the applicable advisories");
  }

  @Test
  void aReportWithEntriesToKeepMustCarryItsPersonalisedProtocol() {
    assertThat(extruded.entries()).extracting(EntryScreening::verdict).contains(Verdict.SUITABLE);
    assertThat(message(() -> ScreeningReport.builder().from(extruded).personalised(Optional.empty()).build()))
        .contains("personalised: is required: entries [");
  }

  @Test
  void aReasonWithoutAFindingMustNotCarryOneAndOneWithAFindingNeedsIt() {
    Reason caution = extruded.entries().get(0).reasons().stream()
        .filter(r -> r.contraindication().findingId().isEmpty()).findFirst().orElseThrow();
    Reason avoid = extruded.entries().get(0).reasons().stream()
        .filter(r -> r.contraindication().findingId().isPresent()).findFirst().orElseThrow();
    assertThat(message(() -> Reason.builder().from(caution).finding(avoid.finding()).build()))
        .isEqualTo("finding: must be absent: the contraindication names no finding");
    assertThat(message(() -> Reason.builder().from(avoid).finding(Optional.empty()).build()))
        .isEqualTo("finding: is required: the contraindication names finding '" + EXTRUDED + "'");
  }

  @Test
  void aCueNeedsTextAHoldExactlyWhenItIsAHoldCueAndAnnouncementsAreNeverOptional() {
    Cue.Builder step = Cue.builder().kind(CueKind.STEP).text("Breathe.").duration(CueDuration.exact(5)).position(at);
    assertThat(paths(() -> Cue.builder().from(step.build()).text(" ").build())).containsExactly("text");
    assertThat(message(() -> Cue.builder().from(step.build()).kind(CueKind.HOLD).build()))
        .isEqualTo("hold: is required for a hold cue");
    assertThat(message(() -> Cue.builder().from(step.build()).kind(CueKind.NEXT_EXERCISE).optional(true).build()))
        .isEqualTo("optional: a NEXT_EXERCISE cue is never optional");
    assertThat(message(() -> Cue.builder().from(step.build()).kind(CueKind.LEAD_IN).optional(true).build()))
        .isEqualTo("optional: a LEAD_IN cue is never optional");
    assertThat(Cue.builder().from(step.build()).optional(true).build().optional()).isTrue();
  }

  @Test
  void aPositionNeedsAnIndexAnIdSetsAndItsRepetitionCountsTogether() {
    assertThat(paths(() -> CuePosition.builder().entryIndex(-1).exerciseId("Rest").sets(0).build()))
        .containsExactly("entryIndex", "exerciseId", "sets");
    assertThat(message(() -> CuePosition.builder().from(at).repetition(1).build()))
        .isEqualTo("repetition: repetition, repetitionsMin and repetitionsMax go together");
    assertThat(message(() -> CuePosition.builder().from(at).repetition(1).repetitionsMin(3).repetitionsMax(2).build()))
        .isEqualTo("repetitionsMin: must be from 0 to 2, was 3");
    assertThat(CuePosition.builder().from(at).repetition(2).repetitionsMin(0).repetitionsMax(2).build().repetition())
        .hasValue(2);
  }

  @Test
  void everyPlanOptionMustNotBeNegative() {
    assertThat(
            paths(
                () ->
                    PlanOptions.builder()
                        .leadInSeconds(-1)
                        .secondsPerStep(-1)
                        .secondsPerBreath(-1)
                        .restBetweenRepetitionsSeconds(-1)
                        .restBetweenSetsSeconds(-1)
                        .restBetweenExercisesSeconds(-1)
                        .switchSidesSeconds(-1)
                        .build()))
        .containsExactly(
            "leadInSeconds",
            "secondsPerStep",
            "secondsPerBreath",
            "restBetweenRepetitionsSeconds",
            "restBetweenSetsSeconds",
            "restBetweenExercisesSeconds",
            "switchSidesSeconds");
  }

  @Test
  void aPlanNeedsASlugIdATitleAndAtLeastOneCue() {
    assertThat(paths(() -> SessionPlan.builder().from(plan).protocolId("Low Back").protocolName("").build()))
        .containsExactly("protocolId", "protocolName");
    assertThat(message(() -> SessionPlan.builder().from(plan).cues(List.of()).build()))
        .isEqualTo("cues: must have at least one cue");
  }
}
