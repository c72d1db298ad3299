package dev.regimen.core.session;

import static dev.regimen.core.testing.LowBackFixture.*;
import static dev.regimen.core.testing.Rejections.messageOf;
import static dev.regimen.core.testing.Rejections.pathsOf;
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
 * A session plan and its cues can also be built by hand or read from JSON; each of their rules
 * holds on its own and names the attribute that breaks it.
 */
class SessionPlanRulesTest {
  private final Protocol protocol = LowBackFixture.protocol();
  private final SessionPlan plan = SessionPlan.of(protocol);
  private final CuePosition at = CuePosition.builder().entryIndex(0).exerciseId("rest").sets(1).build();

  @Test
  void aCueNeedsTextAHoldExactlyWhenItIsAHoldCueAndAnnouncementsAreNeverOptional() {
    Cue.Builder step = Cue.builder().kind(CueKind.STEP).text("Breathe.").duration(CueDuration.exact(5)).position(at);
    assertThat(pathsOf(() -> Cue.builder().from(step.build()).text(" ").build())).containsExactly("text");
    assertThat(messageOf(() -> Cue.builder().from(step.build()).kind(CueKind.HOLD).build()))
        .isEqualTo("hold: is required for a hold cue");
    assertThat(messageOf(() -> Cue.builder().from(step.build()).kind(CueKind.NEXT_EXERCISE).optional(true).build()))
        .isEqualTo("optional: a NEXT_EXERCISE cue is never optional");
    assertThat(messageOf(() -> Cue.builder().from(step.build()).kind(CueKind.LEAD_IN).optional(true).build()))
        .isEqualTo("optional: a LEAD_IN cue is never optional");
    assertThat(Cue.builder().from(step.build()).optional(true).build().optional()).isTrue();
  }

  @Test
  void aPositionNeedsAnIndexAnIdSetsAndItsRepetitionCountsTogether() {
    assertThat(pathsOf(() -> CuePosition.builder().entryIndex(-1).exerciseId("Rest").sets(0).build()))
        .containsExactly("entryIndex", "exerciseId", "sets");
    assertThat(messageOf(() -> CuePosition.builder().from(at).repetition(1).build()))
        .isEqualTo("repetition: repetition, repetitionsMin and repetitionsMax go together");
    assertThat(messageOf(() -> CuePosition.builder().from(at).repetition(1).repetitionsMin(3).repetitionsMax(2).build()))
        .isEqualTo("repetitionsMin: must be from 0 to 2, was 3");
    assertThat(CuePosition.builder().from(at).repetition(2).repetitionsMin(0).repetitionsMax(2).build().repetition())
        .hasValue(2);
  }

  @Test
  void everyPlanOptionMustNotBeNegative() {
    assertThat(
            pathsOf(
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
    assertThat(pathsOf(() -> SessionPlan.builder().from(plan).protocolId("Low Back").protocolName("").build()))
        .containsExactly("protocolId", "protocolName");
    assertThat(messageOf(() -> SessionPlan.builder().from(plan).cues(List.of()).build()))
        .isEqualTo("cues: must have at least one cue");
  }
}
