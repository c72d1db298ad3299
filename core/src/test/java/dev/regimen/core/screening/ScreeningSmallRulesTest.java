package dev.regimen.core.screening;

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
class ScreeningSmallRulesTest {
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
