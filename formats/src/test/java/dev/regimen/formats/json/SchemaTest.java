package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema describes what the writer writes, and the names the reader reads. */
class SchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The shipped schema, loaded once; also used by {@link MissingPropertyTest}. */
  static final Schema SCHEMA = load();
  private static final JsonNode SCHEMA_TREE = MAPPER.readTree(RegimenJsonSchema.text());

  private static final RegimenJson PRETTY = RegimenJson.create();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = RegimenJsonSchema.open()) {
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Error> validate(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  @Test
  void everyWrittenProtocolDocumentValidates() {
    qt().withExamples(150)
        .forAll(Generators.protocols())
        .checkAssert(
            protocol -> {
              assertThat(validate(PRETTY.writeProtocol(protocol))).isEmpty();
              assertThat(validate(COMPACT.writeProtocol(protocol))).isEmpty();
            });
  }

  @Test
  void everyWrittenExerciseDocumentValidates() {
    qt().withExamples(150)
        .forAll(Generators.exercises())
        .checkAssert(exercise -> assertThat(validate(PRETTY.writeExercise(exercise))).isEmpty());
  }

  @Test
  void everyWrittenScreeningReportDocumentValidates() {
    qt().withExamples(150)
        .forAll(Generators.screeningReports())
        .checkAssert(
            report -> {
              assertThat(validate(PRETTY.writeScreeningReport(report))).isEmpty();
              assertThat(validate(COMPACT.writeScreeningReport(report))).isEmpty();
            });
  }

  @Test
  void everyWrittenSessionPlanDocumentValidates() {
    qt().withExamples(100)
        .forAll(Generators.sessionPlans())
        .checkAssert(plan -> assertThat(validate(COMPACT.writeSessionPlan(plan))).isEmpty());
  }

  @Test
  void theL5S1ScreeningReportsAndSessionPlanValidate() {
    Protocol l5s1 = Catalog.l5s1Relief();
    for (PatientProfile profile :
        List.of(
            PatientProfile.empty(),
            PatientProfile.builder().addConditionIds("herniated-disc").inPain(true).build(),
            PatientProfile.builder()
                .addConditionIds("herniated-disc", "sciatica")
                .addFindingIds("disc-extruded-onto-nerve")
                .painWeeks(6)
                .build())) {
      assertThat(validate(PRETTY.writeScreeningReport(Screening.screen(l5s1, profile)))).isEmpty();
    }
    assertThat(validate(PRETTY.writeSessionPlan(SessionPlan.of(l5s1)))).isEmpty();
  }

  @Test
  void theSchemaRejectsReportsAndPlansTheReaderRejects() {
    String report = COMPACT.writeScreeningReport(Screening.screen(Catalog.l5s1Relief(), PatientProfile.empty()));
    assertThat(validate(report)).isEmpty();
    assertThat(validate(report.replace("\"verdict\":\"suitable\"", "\"verdict\":\"fine\""))).isNotEmpty();
    String notInPain =
        COMPACT.writeScreeningReport(
            Screening.screen(Catalog.l5s1Relief(), PatientProfile.builder().inPain(false).build()));
    assertThat(notInPain).contains("\"inPain\":false");
    assertThat(validate(notInPain)).isEmpty();
    assertThat(validate(notInPain.replace("\"inPain\":false", "\"inPain\":\"no\""))).isNotEmpty();
    assertThat(validate(report.replace("\"screeningReport\":", "\"sessionPlan\":"))).isNotEmpty();

    String plan = COMPACT.writeSessionPlan(SessionPlan.of(Catalog.l5s1Relief()));
    assertThat(validate(plan)).isEmpty();
    assertThat(validate(plan.replace("\"kind\":\"hold\"", "\"kind\":\"rest\""))).isNotEmpty();
    assertThat(validate(plan.replace("\"kind\":\"rest\"", "\"kind\":\"hold\""))).isNotEmpty();
    assertThat(validate(plan.replace(",\"repetitionsMin\":2", ""))).isNotEmpty();
    assertThat(validate(plan.replace("\"firstSide\":\"left\"", "\"firstSide\":\"LEFT\""))).isNotEmpty();
    assertThat(validate(plan.replace("\"open\":true", "\"open\":1"))).isNotEmpty();
  }

  @Test
  void theL5S1DocumentValidates() {
    assertThat(validate(PRETTY.writeProtocol(Catalog.l5s1Relief()))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String valid =
        "{\"schemaVersion\":1,\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
            + "\"startingPosition\":\"P\",\"steps\":[{\"text\":\"x\",\"hold\":{\"seconds\":30}}]}}";
    assertThat(validate(valid)).isEmpty();
    assertThat(validate(valid.replace("\"seconds\":30", "\"seconds\":-5"))).isNotEmpty();
    assertThat(validate(valid.replace("\"seconds\":30", "\"minutes\":1"))).isNotEmpty();
    assertThat(validate(valid.replace("\"seconds\":30", "\"seconds\":30,\"wording\":null"))).isNotEmpty();
    assertThat(validate(valid.replace("\"stretch\"", "\"STRETCH\""))).isNotEmpty();
    assertThat(validate(valid.replace("\"name\":\"E\",", ""))).isNotEmpty();
    assertThat(validate(valid.replace("\"name\":\"E\"", "\"name\":\"  \""))).isNotEmpty();
    assertThat(validate(valid.replace("\"id\":\"e\"", "\"id\":\"Not A Slug\""))).isNotEmpty();
    assertThat(validate(valid.replace("\"schemaVersion\":1", "\"schemaVersion\":2"))).isNotEmpty();
    assertThat(validate(valid.replace("\"exercise\":", "\"protocol\":"))).isNotEmpty();
    assertThat(validate(valid.replace("\"hold\":{\"seconds\":30}", "\"hold\":{\"wording\":\"w\"}"))).isNotEmpty();
    assertThat(validate(valid.replace("\"hold\":{\"seconds\":30}", "\"hold\":{\"breaths\":2,\"maxSeconds\":9}")))
        .isNotEmpty();
  }

  @Test
  void theSchemaHasItsIdDialectTitlesAndDescriptions() {
    assertThat(SCHEMA_TREE.get("$id").asString()).isEqualTo(RegimenJsonSchema.ID);
    assertThat(RegimenJsonSchema.id().toString()).isEqualTo(RegimenJsonSchema.ID);
    assertThat(SCHEMA_TREE.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA_TREE.get("title").asString()).isNotBlank();
    assertThat(SCHEMA_TREE.get("description").asString()).isNotBlank();
    assertThat(SCHEMA_TREE.get("additionalProperties").asBoolean(true)).isFalse();
    for (Map.Entry<String, JsonNode> def : SCHEMA_TREE.get("$defs").properties()) {
      assertThat(def.getValue().path("title").asString("")).as("title of %s", def.getKey()).isNotBlank();
      assertThat(def.getValue().path("description").asString("")).as("description of %s", def.getKey()).isNotBlank();
      if (def.getValue().path("type").asString("").equals("object")) {
        assertThat(def.getValue().get("additionalProperties").asBoolean(true))
            .as("additionalProperties of %s", def.getKey())
            .isFalse();
        for (Map.Entry<String, JsonNode> property : def.getValue().get("properties").properties()) {
          assertThat(property.getValue().path("description").asString(""))
              .as("description of %s.%s", def.getKey(), property.getKey())
              .isNotBlank();
        }
      }
    }
  }

  @Test
  void theSchemaNamesExactlyThePropertiesOfEachObjectInWritingOrder() {
    Map<String, Fields> objects =
        Map.ofEntries(
            Map.entry("hold", HoldCodec.FIELDS),
            Map.entry("repetitions", RepetitionsCodec.FIELDS),
            Map.entry("frequency", FrequencyCodec.FIELDS),
            Map.entry("intensity", IntensityCodec.FIELDS),
            Map.entry("dosage", DosageCodec.FIELDS),
            Map.entry("person", PersonCodec.FIELDS),
            Map.entry("quote", QuoteCodec.FIELDS),
            Map.entry("source", SourceCodec.FIELDS),
            Map.entry("coding", CodingCodec.FIELDS),
            Map.entry("finding", FindingCodec.FIELDS),
            Map.entry("condition", ConditionCodec.FIELDS),
            Map.entry("contraindication", ContraindicationCodec.FIELDS),
            Map.entry("advisory", AdvisoryCodec.FIELDS),
            Map.entry("step", StepCodec.FIELDS),
            Map.entry("sensation", SensationCodec.FIELDS),
            Map.entry("modification", ModificationCodec.FIELDS),
            Map.entry("progression", ProgressionCodec.FIELDS),
            Map.entry("exercise", ExerciseCodec.FIELDS),
            Map.entry("entry", ProtocolEntryCodec.FIELDS),
            Map.entry("recommendation", RecommendationCodec.FIELDS),
            Map.entry("protocol", ProtocolCodec.FIELDS),
            Map.entry("profile", PatientProfileCodec.FIELDS),
            Map.entry("reason", ReasonCodec.FIELDS),
            Map.entry("entryScreening", EntryScreeningCodec.FIELDS),
            Map.entry("applicableAdvisory", ApplicableAdvisoryCodec.FIELDS),
            Map.entry("screeningReport", ScreeningReportCodec.FIELDS),
            Map.entry("planOptions", PlanOptionsCodec.FIELDS),
            Map.entry("cueDuration", CueDurationCodec.FIELDS),
            Map.entry("cuePosition", CuePositionCodec.FIELDS),
            Map.entry("cue", CueCodec.FIELDS),
            Map.entry("sessionPlan", SessionPlanCodec.FIELDS));
    List<String> objectDefs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> def : SCHEMA_TREE.get("$defs").properties()) {
      if (def.getValue().path("type").asString("").equals("object")) {
        objectDefs.add(def.getKey());
      }
    }
    assertThat(objectDefs).containsExactlyInAnyOrderElementsOf(objects.keySet());
    objects.forEach(
        (def, fields) ->
            assertThat(propertyNames(SCHEMA_TREE.get("$defs").get(def)))
                .as("properties of %s", def)
                .containsExactlyElementsOf(fields.names()));
  }

  @Test
  void theSchemaListsExactlyTheEnumNamesTheReaderReads() {
    JsonNode defs = SCHEMA_TREE.get("$defs");
    assertThat(enumOf(defs.get("bodyArea"))).isEqualTo(dev.regimen.core.anatomy.BodyArea.standard().stream().map(dev.regimen.core.anatomy.BodyArea::id).toList());
    assertThat(enumOf(defs.at("/repetitions/properties/basis"))).isEqualTo(Enums.REPETITION_BASES.names());
    assertThat(enumOf(defs.at("/frequency/properties/period"))).isEqualTo(Enums.FREQUENCY_PERIODS.names());
    assertThat(enumOf(defs.at("/dosage/properties/sideOrder"))).isEqualTo(Enums.SIDE_ORDERS.names());
    assertThat(enumOf(defs.at("/dosage/properties/firstSide"))).isEqualTo(Enums.SIDES.names());
    assertThat(enumOf(defs.at("/contraindication/properties/severity"))).isEqualTo(Enums.SEVERITIES.names());
    assertThat(enumOf(defs.at("/advisory/properties/trigger"))).isEqualTo(Enums.ADVISORY_TRIGGERS.names());
    assertThat(enumOf(defs.at("/modification/properties/reason"))).isEqualTo(Enums.MODIFICATION_REASONS.names());
    assertThat(enumOf(defs.at("/progression/properties/direction")))
        .isEqualTo(Enums.PROGRESSION_DIRECTIONS.names());
    assertThat(enumOf(defs.at("/exercise/properties/kind"))).isEqualTo(Enums.EXERCISE_KINDS.names());
    assertThat(enumOf(defs.at("/entryScreening/properties/verdict"))).isEqualTo(Enums.VERDICTS.names());
    assertThat(enumOf(defs.at("/cue/properties/kind"))).isEqualTo(Enums.CUE_KINDS.names());
    assertThat(enumOf(defs.at("/cuePosition/properties/side"))).isEqualTo(Enums.SIDES.names());
    assertThat(enumOf(defs.at("/planOptions/properties/firstSide"))).isEqualTo(Enums.SIDES.names());
  }

  private static List<String> propertyNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.get("properties").propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> enumOf(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(v -> values.add(v.asString()));
    return values;
  }
}
