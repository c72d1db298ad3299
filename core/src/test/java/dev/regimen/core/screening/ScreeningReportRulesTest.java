package dev.regimen.core.screening;

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
 * A screening report and its reasons can also be built by hand or read from JSON; each of their
 * rules holds on its own and names the attribute that breaks it.
 */
class ScreeningReportRulesTest {
  private final Protocol protocol = LowBackFixture.protocol();
  private final ScreeningReport extruded =
      Screening.screen(protocol, PatientProfile.builder().addConditionIds(HERNIATED_DISC).addFindingIds(EXTRUDED).build());
  private final ScreeningReport everyone = Screening.screen(protocol, PatientProfile.empty());

  @Test
  void aReportNeedsASlugIdATitleAndUniqueEntriesAndAdvisories() {
    // the personalised protocol keeps the report's own id, so it is reported too
    assertThat(pathsOf(() -> ScreeningReport.builder().from(everyone).protocolId("Low Back").protocolName(" ").build()))
        .containsExactly("protocolId", "protocolName", "personalised.id");
    List<EntryScreening> repeated = new ArrayList<>(everyone.entries());
    repeated.set(1, EntryScreening.builder().from(repeated.get(1)).exerciseId(repeated.get(0).exerciseId()).build());
    assertThat(messageOf(() -> ScreeningReport.builder().from(everyone).entries(repeated).build()))
        .contains("entries[1].exerciseId: duplicate exercise id '" + repeated.get(0).exerciseId() + "' (first at entries[0])");
    assertThat(messageOf(() -> ScreeningReport.builder().from(everyone).addAdvisories(everyone.advisories().get(0)).build()))
        .contains("advisories[" + everyone.advisories().size() + "].advisory.id: duplicate advisory id");
    assertThat(messageOf(() -> ScreeningReport.builder().from(everyone).addOtherAdvisories(everyone.otherAdvisories().get(0)).build()))
        .contains("otherAdvisories[" + everyone.otherAdvisories().size() + "].id: duplicate advisory id");
  }

  @Test
  void aReportsEntriesAreNumberedInOrderAndNoAdvisoryIsInBothLists() {
    List<EntryScreening> swapped = new ArrayList<>(everyone.entries());
    swapped.set(0, everyone.entries().get(1));
    swapped.set(1, everyone.entries().get(0));
    assertThat(messageOf(() -> ScreeningReport.builder().from(everyone).entries(swapped).build()))
        .contains("entries[0].index: must be 0, was 1")
        .contains("entries[1].index: must be 1, was 0");
    String alsoApplicable = everyone.advisories().get(0).advisory().id();
    assertThat(messageOf(() -> ScreeningReport.builder().from(everyone).addOtherAdvisories(everyone.advisories().get(0).advisory()).build()))
        .contains("otherAdvisories[" + everyone.otherAdvisories().size() + "].id: advisory '" + alsoApplicable
            + "' is also among the applicable advisories");
  }

  @Test
  void aReportWithEntriesToKeepMustCarryItsPersonalisedProtocol() {
    assertThat(extruded.entries()).extracting(EntryScreening::verdict).contains(Verdict.SUITABLE);
    assertThat(messageOf(() -> ScreeningReport.builder().from(extruded).personalised(Optional.empty()).build()))
        .contains("personalised: is required: entries [");
  }

  @Test
  void aReasonWithoutAFindingMustNotCarryOneAndOneWithAFindingNeedsIt() {
    Reason caution = extruded.entries().get(0).reasons().stream()
        .filter(r -> r.contraindication().findingId().isEmpty()).findFirst().orElseThrow();
    Reason avoid = extruded.entries().get(0).reasons().stream()
        .filter(r -> r.contraindication().findingId().isPresent()).findFirst().orElseThrow();
    assertThat(messageOf(() -> Reason.builder().from(caution).finding(avoid.finding()).build()))
        .isEqualTo("finding: must be absent: the contraindication names no finding");
    assertThat(messageOf(() -> Reason.builder().from(avoid).finding(Optional.empty()).build()))
        .isEqualTo("finding: is required: the contraindication names finding '" + EXTRUDED + "'");
  }
}
