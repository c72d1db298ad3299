package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Regimen values embedded in an application's own Jackson documents. */
class RegimenJacksonModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RegimenJacksonModule()).build();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();

  private static final TypeReference<Map<String, Protocol>> PROTOCOLS = new TypeReference<>() {};
  private static final TypeReference<Map<String, List<Exercise>>> LIBRARY = new TypeReference<>() {};

  @Test
  void anEmbeddedProtocolHasTheShapeOfTheProtocolInADocument() {
    qt().withExamples(100)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              String document = COMPACT.writeProtocol(protocol);
              String inner = document.substring("{\"schemaVersion\":1,\"protocol\":".length(), document.length() - 1);
              assertThat(MAPPER.writeValueAsString(protocol)).isEqualTo(inner);
              assertThat(MAPPER.readValue(inner, Protocol.class)).isEqualTo(protocol);
            });
  }

  @Test
  void protocolsAndExercisesRoundTripInsideAUsersDocument() {
    Protocol relief = Catalog.l5s1Relief();
    Map<String, Object> assignment = new LinkedHashMap<>();
    assignment.put("patient", "p-17");
    assignment.put("protocol", relief);
    String json = MAPPER.writeValueAsString(Map.of("assignment", assignment));

    Map<String, Map<String, Protocol>> back =
        MAPPER.readValue(
            json.replace("\"patient\":\"p-17\",", ""), new TypeReference<Map<String, Map<String, Protocol>>>() {});
    assertThat(back.get("assignment").get("protocol")).isEqualTo(relief);

    Map<String, List<Exercise>> library = Map.of("library", relief.exercises());
    String libraryJson = MAPPER.writeValueAsString(library);
    assertThat(MAPPER.readValue(libraryJson, LIBRARY)).isEqualTo(library);
  }

  @Test
  void aBadEmbeddedProtocolIsReportedByJacksonWithThePointerInTheWholeDocument() {
    String inner = COMPACT.writeProtocol(Catalog.l5s1Relief());
    inner = inner.substring("{\"schemaVersion\":1,\"protocol\":".length(), inner.length() - 1);
    String document = "{\"mine\":" + inner.replaceFirst("\"seconds\":30", "\"seconds\":-5") + "}";
    DatabindException e = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(document, PROTOCOLS));
    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOf(RegimenJsonException.class);
    RegimenJsonException cause = (RegimenJsonException) e.getCause();
    assertThat(cause.pointer()).isEqualTo("/mine/entries/0/exercise/steps/3/hold/seconds");
    assertThat(cause.problem()).isEqualTo("must be greater than 0, was -5");
    assertThat(cause.line()).isEqualTo(1);
    // the start of the hold object, as the module cannot scan the document again
    assertThat(cause.column()).isEqualTo(document.indexOf("{\"seconds\":-5") + 1);
    assertThat(e.getOriginalMessage()).isEqualTo(cause.getMessage());
  }

  @Test
  void anUnknownPropertyInAnEmbeddedExerciseIsReportedAtItsPlace() {
    String document = "{\"library\":[{\"id\":\"e\",\"name\":\"E\",\"colour\":\"red\"}]}";
    DatabindException e = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(document, LIBRARY));
    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "/library/0/colour: unknown property 'colour'; expected one of id, name, kind, purpose,"
                + " startingPosition, equipment, targetAreas, steps, sensations, modifications,"
                + " progressions, contraindications, quotes (line 1, column "
                + (document.indexOf("\"colour\"") + 1) + ")");
  }

  @Test
  void screeningReportsAndSessionPlansEmbedWithTheShapeTheyHaveInADocument() {
    qt().withExamples(60)
        .forAll(Generators.screeningReports(), Generators.sessionPlans())
        .checkAssert(
            (report, plan) -> {
              String reportDocument = COMPACT.writeScreeningReport(report);
              String reportInner =
                  reportDocument.substring(
                      "{\"schemaVersion\":1,\"screeningReport\":".length(),
                      reportDocument.length() - 1);
              assertThat(MAPPER.writeValueAsString(report)).isEqualTo(reportInner);
              assertThat(MAPPER.readValue(reportInner, ScreeningReport.class)).isEqualTo(report);

              String planDocument = COMPACT.writeSessionPlan(plan);
              String planInner =
                  planDocument.substring(
                      "{\"schemaVersion\":1,\"sessionPlan\":".length(), planDocument.length() - 1);
              assertThat(MAPPER.writeValueAsString(plan)).isEqualTo(planInner);
              assertThat(MAPPER.readValue(planInner, SessionPlan.class)).isEqualTo(plan);
            });
  }

  @Test
  void aTamperedEmbeddedVerdictIsReportedByJackson() {
    ScreeningReport report =
        Screening.screen(
            Catalog.l5s1Relief(), PatientProfile.builder().addConditionIds("herniated-disc").build());
    String inner = MAPPER.writeValueAsString(report);
    String document = "{\"r\":" + inner.replaceFirst("\"verdict\":\"caution\"", "\"verdict\":\"suitable\"") + "}";
    DatabindException e =
        catchThrowableOfType(
            DatabindException.class,
            () -> MAPPER.readValue(document, new TypeReference<Map<String, ScreeningReport>>() {}));
    assertThat(e).isNotNull();
    RegimenJsonException cause = (RegimenJsonException) e.getCause();
    assertThat(cause.pointer()).isEqualTo("/r/entries/0/verdict");
    assertThat(cause.problem())
        .isEqualTo("must be 'caution', the verdict the reasons give, was 'suitable'");
    assertThat(cause.column()).isEqualTo(document.indexOf("\"suitable\"") + 1);
  }
}
