package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.Verdict;
import dev.regimen.formats.json.RegimenJson;
import org.junit.jupiter.api.Test;

class NeckRoutineTest {
  @Test
  void isAValidProtocolThatSurvivesAJsonRoundTrip() {
    Protocol neck = NeckRoutine.protocol();
    assertThat(neck.exercises()).extracting(e -> e.id()).containsExactly("chin-tuck", "neck-side-bend");
    RegimenJson json = RegimenJson.defaults();
    assertThat(json.readProtocol(json.writeProtocol(neck))).isEqualTo(neck);
  }

  @Test
  void aNeckStrainPutsACautionOnTheChinTuckOnly() {
    var report =
        Screening.screen(
            NeckRoutine.protocol(), PatientProfile.builder().addConditionIds("neck-strain").build());
    assertThat(report.entry("chin-tuck").orElseThrow().verdict()).isEqualTo(Verdict.CAUTION);
    assertThat(report.entry("neck-side-bend").orElseThrow().verdict()).isEqualTo(Verdict.SUITABLE);
  }
}
