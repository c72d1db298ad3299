package dev.regimen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.benchmarks.core.ScreeningBenchmark;
import dev.regimen.benchmarks.core.SessionPlanBenchmark;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainJson;
import dev.regimen.benchmarks.plain.PlainScreening;
import dev.regimen.benchmarks.plain.PlainSessionPlan;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.validation.ValidationException;
import dev.regimen.formats.json.RegimenJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines hold to Regimen's output beyond the benchmark corpus: on {@link EveryShape}, a
 * protocol that sets every attribute of the model and gives a dosage of every shape the session
 * plan distinguishes, and for profiles that reach every verdict.
 */
class EveryShapeBaselinesTest {
  private static final Protocol PROTOCOL = EveryShape.protocol();
  private static final Plain.Protocol RECORDS = PlainConversion.toPlain(PROTOCOL);
  private static final RegimenJson JSON = RegimenJson.create();
  private static final JsonMapper MAPPER = PlainJson.mapper();

  @Test
  void eachPlainEnumHasTheConstantsOfItsModelEnum() {
    PlainConversion.checkEnums();
  }

  @Test
  void databindWritesRegimensBytes() {
    Plain.Document document = new Plain.Document(RegimenJson.SCHEMA_VERSION, RECORDS);
    assertThat(MAPPER.writeValueAsString(document) + "\n").isEqualTo(JSON.writeProtocol(PROTOCOL));
  }

  @Test
  void databindReadsRegimensBytesAsTheSameRecords() {
    Plain.Document read = MAPPER.readValue(JSON.writeProtocol(PROTOCOL), Plain.Document.class);
    assertThat(read).isEqualTo(new Plain.Document(RegimenJson.SCHEMA_VERSION, RECORDS));
  }

  @Test
  void theBuildersMakeTheProtocolFromItsRecordsAndTheCopyEqualRecords() {
    assertThat(PlainConversion.build(RECORDS)).isEqualTo(PROTOCOL);
    assertThat(PlainConversion.copy(RECORDS)).isEqualTo(RECORDS);
  }

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(List.of(), List.of(), null, false),
        Arguments.of(List.of("herniated-disc"), List.of(), 3, false),
        Arguments.of(List.of("herniated-disc", "joint-damage"), List.of("disc-extruded-onto-nerve"), 1, true),
        Arguments.of(List.of("no-such-condition", "muscle-injury"), List.of("no-such-finding"), 2, true));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void handWrittenScreeningGivesRegimensReport(
      List<String> conditions, List<String> findings, Integer painWeeks, boolean inPain) {
    PatientProfile.Builder profile =
        PatientProfile.builder().addAllConditionIds(conditions).addAllFindingIds(findings).inPain(inPain);
    if (painWeeks != null) {
      profile.painWeeks(painWeeks);
    }
    PlainScreening.Profile plain =
        new PlainScreening.Profile(new LinkedHashSet<>(conditions), new LinkedHashSet<>(findings), painWeeks, inPain);
    assertThat(ScreeningBenchmark.describe(PlainScreening.screen(RECORDS, plain)))
        .isEqualTo(ScreeningBenchmark.describe(Screening.screen(PROTOCOL, profile.build())));
  }

  @Test
  void theProfilesReachEveryVerdict() {
    PatientProfile profile =
        PatientProfile.builder()
            .addConditionIds("herniated-disc", "joint-damage")
            .addFindingIds("disc-extruded-onto-nerve")
            .build();
    assertThat(Screening.screen(PROTOCOL, profile).entries())
        .extracting(e -> e.verdict().name())
        .contains("AVOID", "SUITABLE");
    assertThat(Screening.screen(PROTOCOL, PatientProfile.builder().addConditionIds("joint-damage").build()).entries())
        .extracting(e -> e.verdict().name())
        .contains("CAUTION", "SUITABLE");
    assertThat(Screening.screen(PROTOCOL, PatientProfile.empty()).entries())
        .extracting(e -> e.verdict().name())
        .contains("CHECK", "SUITABLE");
  }

  @Test
  void handWrittenPlanGivesRegimensCues() {
    List<String> regimen =
        SessionPlan.of(PROTOCOL).cues().stream().map(SessionPlanBenchmark::describe).collect(Collectors.toList());
    List<String> plain =
        PlainSessionPlan.plan(RECORDS, PlanOptions.DEFAULT_MAX_CUES).stream()
            .map(SessionPlanBenchmark::describe)
            .collect(Collectors.toList());
    assertThat(plain).isEqualTo(regimen);
  }

  @Test
  void bothPlansStopAtTheCueBudget() {
    int cues = SessionPlan.of(PROTOCOL).cues().size();
    assertThat(PlainSessionPlan.plan(RECORDS, cues)).hasSize(cues);
    assertThatThrownBy(() -> SessionPlan.of(PROTOCOL, PlanOptions.builder().maxCues(cues - 1).build()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> PlainSessionPlan.plan(RECORDS, cues - 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the plan would have more than " + (cues - 1) + " cues");
  }
}
