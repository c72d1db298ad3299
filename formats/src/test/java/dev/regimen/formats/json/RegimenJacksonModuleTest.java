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

/**
 * Regimen values embedded in an application's own Jackson documents. The mapper's generator
 * escapes text as the application configured it (the module writes through it), so the embedded
 * value is compared with the document's value as JSON, not as text.
 */
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
              String inner = inner(COMPACT.writeProtocol(protocol), "protocol");
              String embedded = MAPPER.writeValueAsString(protocol);
              assertThat(MAPPER.readTree(embedded)).isEqualTo(MAPPER.readTree(inner));
              assertThat(MAPPER.readValue(embedded, Protocol.class)).isEqualTo(protocol);
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
    String inner = inner(COMPACT.writeProtocol(Catalog.l5s1Relief()), "protocol");
    String document = "{\"mine\":" + inner.replaceFirst("\"seconds\":30", "\"seconds\":-5") + "}";
    DatabindException e = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(document, PROTOCOLS));
    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOf(RegimenJsonException.class);
    RegimenJsonException cause = (RegimenJsonException) e.getCause();
    assertThat(cause.pointer()).isEqualTo("/mine/entries/0/exercise/steps/3/hold/seconds");
    assertThat(cause.problem()).isEqualTo("must be from 1 to 3600, was -5");
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
    // the message shows the long list of names cut short (JsonProblem's bound), the problem keeps it all
    assertThat(e.getOriginalMessage())
        .startsWith("/library/0/colour: unknown property 'colour'; expected one of id, name, kind, language, level,")
        .endsWith("... (line 1, column " + (document.indexOf("\"colour\"") + 1) + ")");
    assertThat(((RegimenJsonException) e.getCause()).problem())
        .isEqualTo(
            "unknown property 'colour'; expected one of id, name, kind, language, level, force, mechanic, purpose,"
                + " startingPosition, equipment, needsNoEquipment, needsPartner, primaryTargets, secondaryTargets, steps,"
                + " sensations, modifications, progressions, contraindications, cautions, quotes, media, sources, authors,"
                + " licence, externalIds");
  }

  @Test
  void screeningReportsAndSessionPlansEmbedWithTheShapeTheyHaveInADocument() {
    // the module's reader takes arrays of up to JsonLimits.DEFAULT_MAX_ARRAY_LENGTH elements, and
    // its writer refuses longer ones (WhatItWritesItReadsTest): plans within that
    qt().withExamples(60)
        .forAll(Generators.screeningReports(), Generators.sessionPlans())
        .assuming((report, plan) -> plan.cues().size() <= JsonLimits.DEFAULT_MAX_ARRAY_LENGTH)
        .checkAssert(
            (report, plan) -> {
              String reportInner = inner(COMPACT.writeScreeningReport(report), "screeningReport");
              String reportEmbedded = MAPPER.writeValueAsString(report);
              assertThat(MAPPER.readTree(reportEmbedded)).isEqualTo(MAPPER.readTree(reportInner));
              assertThat(MAPPER.readValue(reportEmbedded, ScreeningReport.class)).isEqualTo(report);

              String planInner = inner(RoomyJson.COMPACT.writeSessionPlan(plan), "sessionPlan");
              String planEmbedded = MAPPER.writeValueAsString(plan);
              assertThat(MAPPER.readTree(planEmbedded)).isEqualTo(MAPPER.readTree(planInner));
              assertThat(MAPPER.readValue(planEmbedded, SessionPlan.class)).isEqualTo(plan);
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
        .isEqualTo("must be 'caution', the verdict the reasons and cautions give, was 'suitable'");
    assertThat(cause.column()).isEqualTo(document.indexOf("\"suitable\"") + 1);
  }

  /** {@return the value of a compact document of the current version: what follows its kind's name} */
  private static String inner(String document, String kind) {
    String head = "{\"schemaVersion\":" + RegimenJson.SCHEMA_VERSION + ",\"" + kind + "\":";
    assertThat(document).startsWith(head).endsWith("}");
    return document.substring(head.length(), document.length() - 1);
  }
}
