package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.regimen.core.anatomy.BodyArea;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schemas describe what the reader reads: the current one what the writer
 * writes, and the schema of each earlier version what a document of that version may hold. Each
 * names exactly the properties of the codecs' {@link Fields} for its version, and exactly the enum
 * names the reader reads.
 */
class SchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Map<Integer, Schema> SCHEMAS = new LinkedHashMap<>();
  /** The current version's schema, loaded once; also used by {@link MissingPropertyTest}. */
  static final Schema SCHEMA = schema(RegimenJson.SCHEMA_VERSION);
  private static final JsonNode SCHEMA_TREE = tree(RegimenJson.SCHEMA_VERSION);
  private static final JsonNode V1_TREE = tree(1);

  private static final RegimenJson PRETTY = RegimenJson.defaults();
  private static final RegimenJson COMPACT = RegimenJson.builder().compact().build();

  /** {@return the schema of a format version, loaded once} */
  static synchronized Schema schema(int version) {
    return SCHEMAS.computeIfAbsent(
        version,
        v -> {
          SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
          try (InputStream in = RegimenJsonSchema.open(v)) {
            return registry.getSchema(in);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static JsonNode tree(int version) {
    return MAPPER.readTree(RegimenJsonSchema.text(version));
  }

  /** {@return the errors of a document against the schema of the version it states} */
  static List<Error> validate(String document) {
    int version = MAPPER.readTree(document).path("schemaVersion").asInt(RegimenJson.SCHEMA_VERSION);
    return schema(Math.max(1, Math.min(version, RegimenJson.SCHEMA_VERSION))).validate(document, InputFormat.JSON);
  }

  private static List<Error> validateAgainst(int version, String document) {
    return schema(version).validate(document, InputFormat.JSON);
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
    qt().withExamples(100)
        .forAll(Generators.screeningReports())
        .checkAssert(report -> assertThat(validate(COMPACT.writeScreeningReport(report))).isEmpty());
  }

  @Test
  void everyWrittenSessionPlanDocumentValidates() {
    // plans of up to 20,000 cues: fewer examples, each a big document
    qt().withExamples(30)
        .forAll(Generators.sessionPlans())
        .checkAssert(plan -> assertThat(validate(RoomyJson.COMPACT.writeSessionPlan(plan))).isEmpty());
  }

  @Test
  void theL5S1DocumentsValidate() {
    Protocol l5s1 = Catalog.l5s1Relief();
    assertThat(validate(PRETTY.writeProtocol(l5s1))).isEmpty();
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
  void theVersion1GoldenFilesValidateAgainstTheVersion1SchemaOnly() throws IOException {
    for (String golden : V1Goldens.NAMES) {
      String document = V1Goldens.text(golden);
      assertThat(validateAgainst(1, document)).as(golden).isEmpty();
      assertThat(validate(document)).as(golden).isEmpty();
      assertThat(validateAgainst(2, document)).as(golden).isNotEmpty();
    }
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
    assertThat(validate(report.replace("\"protocolName\":", "\"protocolTitle\":"))).isNotEmpty();

    String plan = COMPACT.writeSessionPlan(SessionPlan.of(Catalog.l5s1Relief()));
    assertThat(validate(plan)).isEmpty();
    assertThat(validate(plan.replace("\"kind\":\"hold\"", "\"kind\":\"rest\""))).isNotEmpty();
    assertThat(validate(plan.replace("\"kind\":\"rest\"", "\"kind\":\"hold\""))).isNotEmpty();
    assertThat(validate(plan.replace(",\"repetitionsMin\":2", ""))).isNotEmpty();
    assertThat(validate(plan.replace("\"firstSide\":\"left\"", "\"firstSide\":\"LEFT\""))).isNotEmpty();
    assertThat(validate(plan.replace("\"open\":true", "\"open\":1"))).isNotEmpty();
    assertThat(validate(plan.replace("\"maxCues\":100000", "\"maxCues\":0"))).isNotEmpty();
  }

  /** A valid exercise document of the current version; tests break one thing in it. */
  private static final String EXERCISE =
      "{\"schemaVersion\":2,\"exercise\":{\"id\":\"e\",\"name\":\"E\",\"kind\":\"stretch\","
          + "\"primaryTargets\":[\"lower_back\",{\"id\":\"tibialis_anterior\",\"displayName\":\"front of the shin\"}],"
          + "\"steps\":[{\"text\":\"x\",\"phase\":\"repetition\",\"hold\":{\"seconds\":30}}]}}";

  /** A valid protocol document of the current version whose dosage tests change. */
  private static String withDosage(String dosage) {
    return "{\"schemaVersion\":2,\"protocol\":{\"id\":\"p\",\"name\":\"P\",\"summary\":\"S\",\"entries\":[{\"exercise\":"
        + "{\"id\":\"e\",\"name\":\"E\",\"kind\":\"strengthening\",\"steps\":[{\"text\":\"x\"}]},\"dosage\":" + dosage + "}]}}";
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    assertThat(validate(EXERCISE)).isEmpty();
    assertThat(COMPACT.readExercise(EXERCISE).primaryTargets()).contains(BodyArea.LOWER_BACK);
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"seconds\":-5"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"seconds\":3601"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"minutes\":1"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"seconds\":30,\"wording\":null"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"wording\":\"a while\""))).isEmpty();
    assertThat(validate(EXERCISE.replace("\"hold\":{\"seconds\":30}", "\"hold\":{}"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"seconds\":30,\"maxSeconds\":40,\"orMore\":true"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"wording\":\"w\",\"orMore\":true"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"breaths\":2,\"maxSeconds\":9"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"seconds\":30", "\"breaths\":101"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"stretch\"", "\"STRETCH\""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"stretch\"", "\"self_massage\""))).isEmpty();
    assertThat(validate(EXERCISE.replace("\"name\":\"E\",", ""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"name\":\"E\"", "\"name\":\"  \""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"id\":\"e\"", "\"id\":\"Not A Slug\""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"phase\":\"repetition\"", "\"phase\":\"warm_up\""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"schemaVersion\":2", "\"schemaVersion\":3"))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"exercise\":", "\"protocol\":"))).isNotEmpty();
    // body areas: a standard id, or a custom object whose id is no standard one
    assertThat(validate(EXERCISE.replace("\"lower_back\"", "\"lower back\""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"tibialis_anterior\"", "\"shins\""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"tibialis_anterior\"", "\"Tibialis\""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace(",\"displayName\":\"front of the shin\"", ""))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("[\"lower_back\",", "[\"lower_back\",\"lower_back\","))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"kind\":\"stretch\",", "\"kind\":\"stretch\",\"language\":\"english\","))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"kind\":\"stretch\",", "\"kind\":\"stretch\",\"language\":\"es-MX\","))).isEmpty();
    assertThat(validate(EXERCISE.replace("\"kind\":\"stretch\",", "\"kind\":\"stretch\",\"licence\":\"CC BY\","))).isNotEmpty();
    assertThat(validate(EXERCISE.replace("\"kind\":\"stretch\",", "\"kind\":\"stretch\",\"needsNoEquipment\":true,\"equipment\":[\"a chair\"],")))
        .isNotEmpty();
  }

  @Test
  void theSchemaRejectsTheDosagesTheModelRejects() {
    assertThat(validate(withDosage("{}"))).isEmpty();
    assertThat(validate(withDosage("{\"sets\":{\"min\":2,\"max\":3},\"restSeconds\":{\"min\":60,\"max\":90}}"))).isEmpty();
    assertThat(validate(withDosage("{\"sets\":0}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"sets\":101}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"sets\":{\"min\":2,\"max\":101}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"sets\":{\"min\":2}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"sets\":{\"min\":2,\"max\":3,\"step\":1}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"restSeconds\":3601}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"programmeWeeks\":521}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"repetitions\":{\"min\":1,\"max\":1001}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"duration\":{\"seconds\":1800,\"approximate\":false}}"))).isEmpty();
    assertThat(validate(withDosage("{\"duration\":{\"seconds\":86401}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"duration\":{\"seconds\":60,\"maxSeconds\":90,\"orMore\":true}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"duration\":{\"seconds\":60},\"repetitions\":{\"min\":1,\"max\":2}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"duration\":{\"seconds\":60},\"hold\":{\"seconds\":5}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"distance\":{\"amount\":2,\"unit\":\"kilometres\"}}"))).isEmpty();
    assertThat(validate(withDosage("{\"distance\":{\"amount\":100001,\"unit\":\"metres\"}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"distance\":{\"amount\":2,\"unit\":\"km\"}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"asManyAsPossible\":true,\"duration\":{\"seconds\":60}}"))).isEmpty();
    assertThat(validate(withDosage("{\"asManyAsPossible\":true,\"repetitions\":{\"min\":1,\"max\":2}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"tempo\":\"3-1-1-0\",\"asManyAsPossible\":true}"))).isEmpty();
    assertThat(validate(withDosage("{\"tempo\":\"3-1-1-0\"}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"tempo\":\"3-1\",\"asManyAsPossible\":true}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"kilograms\",\"amount\":2.5}}"))).isEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"kilograms\"}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"kilograms\",\"amount\":1000.5}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"pounds\",\"amount\":2000,\"maxAmount\":2200}}"))).isEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"percent_of_one_rep_max\",\"amount\":151}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"body_weight\",\"amount\":70}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"band\"}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"band\",\"description\":\"a red band\"}}"))).isEmpty();
    assertThat(validate(withDosage("{\"load\":{\"unit\":\"kilograms\",\"maxAmount\":5}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"effort\":{\"scale\":\"rpe\",\"value\":11}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"effort\":{\"scale\":\"repetitions_in_reserve\",\"value\":2,\"maxValue\":3}}"))).isEmpty();
    assertThat(validate(withDosage("{\"frequency\":{\"min\":1,\"max\":8,\"period\":\"week\"}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"frequency\":{\"min\":1,\"max\":24,\"period\":\"day\"}}"))).isEmpty();
    assertThat(validate(withDosage("{\"frequency\":{\"min\":1,\"max\":25,\"period\":\"day\"}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"intensity\":{\"description\":\"gentle\",\"rating\":3}}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"firstSide\":\"left\"}"))).isNotEmpty();
    assertThat(validate(withDosage("{\"sideOrder\":\"alternating\",\"firstSide\":\"left\"}"))).isEmpty();
  }

  @Test
  void everyVersionHasItsSchemaWithItsIdDialectTitlesAndDescriptions() {
    assertThat(RegimenJsonSchema.ID).isEqualTo("https://regimen.dev/schemas/regimen-v" + RegimenJson.SCHEMA_VERSION + ".schema.json");
    assertThat(RegimenJsonSchema.RESOURCE).isEqualTo(RegimenJsonSchema.resource(RegimenJson.SCHEMA_VERSION));
    assertThat(RegimenJsonSchema.id()).isEqualTo(RegimenJsonSchema.id(RegimenJson.SCHEMA_VERSION));
    assertThat(RegimenJsonSchema.text()).isEqualTo(RegimenJsonSchema.text(RegimenJson.SCHEMA_VERSION));
    for (int version = 1; version <= RegimenJson.SCHEMA_VERSION; version++) {
      JsonNode tree = tree(version);
      assertThat(tree.get("$id").asString()).isEqualTo(RegimenJsonSchema.id(version).toString());
      assertThat(tree.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(tree.get("title").asString()).isEqualTo("Regimen document, schemaVersion " + version);
      assertThat(tree.get("description").asString()).isNotBlank();
      assertThat(tree.at("/properties/schemaVersion/const").asInt()).isEqualTo(version);
      assertThat(tree.get("additionalProperties").asBoolean(true)).isFalse();
      for (Map.Entry<String, JsonNode> def : tree.get("$defs").properties()) {
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
  }

  @Test
  void aSchemaOfAVersionThisLibraryDoesNotKnowIsRefusedNamingTheVersions() {
    assertThatThrownBy(() -> RegimenJsonSchema.text(RegimenJson.SCHEMA_VERSION + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no JSON Schema of schemaVersion " + (RegimenJson.SCHEMA_VERSION + 1)
                + "; this version of Regimen has the schemas of schemaVersion 1 to " + RegimenJson.SCHEMA_VERSION);
    assertThatThrownBy(() -> RegimenJsonSchema.open(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegimenJsonSchema.id(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSchemaFilesInTheJarAreTheSourceFilesByteForByte() throws IOException {
    for (int version = 1; version <= RegimenJson.SCHEMA_VERSION; version++) {
      java.nio.file.Path source = java.nio.file.Path.of("src/main/resources" + RegimenJsonSchema.resource(version));
      assertThat(source).as("schema of version %d", version).exists();
      assertThat(RegimenJsonSchema.text(version)).isEqualTo(java.nio.file.Files.readString(source, StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSchemaNamesExactlyThePropertiesOfEachObjectInWritingOrder() {
    Map<String, List<String>> objects = objectsOf(SCHEMA_TREE);
    assertThat(objects.keySet()).containsExactlyInAnyOrderElementsOf(FormatProperties.CURRENT.keySet());
    FormatProperties.CURRENT.forEach(
        (def, fields) -> assertThat(objects.get(def)).as("properties of %s", def).containsExactlyElementsOf(fields.names()));
  }

  @Test
  void theVersion1SchemaNamesExactlyThePropertiesVersion1Read() {
    Map<String, List<String>> objects = objectsOf(V1_TREE);
    assertThat(objects.keySet()).containsExactlyInAnyOrderElementsOf(FormatProperties.V1.keySet());
    // version 1's writing order is history; what matters is which names it reads
    FormatProperties.V1.forEach(
        (def, fields) ->
            assertThat(objects.get(def)).as("properties of %s", def).containsExactlyInAnyOrderElementsOf(fields.names()));
  }

  @Test
  void eachSchemaListsExactlyTheEnumNamesTheReaderReadsInADocumentOfItsVersion() {
    for (int version = 1; version <= RegimenJson.SCHEMA_VERSION; version++) {
      JsonNode tree = tree(version);
      FormatProperties.enums(version)
          .forEach((pointer, names) -> assertThat(enumOf(tree.at(pointer))).as(pointer).isEqualTo(names));
    }
    assertThat(BodyAreaCodec.standardIds()).isEqualTo(BodyArea.standard().stream().map(BodyArea::id).collect(Collectors.toList()));
    assertThat(enumOf(SCHEMA_TREE.at("/$defs/customBodyArea/properties/id/not"))).isEqualTo(BodyAreaCodec.standardIds());
  }

  @Test
  void theFormatNestsAtMostTheDepthTheWriterCountsOnInEveryVersion() {
    // the writer reads its output again for the depth limit only when the limit is below this
    for (int version = 1; version <= RegimenJson.SCHEMA_VERSION; version++) {
      JsonNode tree = tree(version);
      assertThat(depth(tree, tree.get("$defs"))).as("version %d", version).isEqualTo(Document.MAX_DEPTH);
    }
  }

  /**
   * {@return the deepest nesting of objects and arrays a value of this schema can have, an object
   * or array counting one level} The format's schemas are not recursive, so this ends.
   */
  private static int depth(JsonNode node, JsonNode defs) {
    if (!node.isObject()) {
      return 0;
    }
    int deepest = 0;
    if (node.has("$ref")) {
      String name = node.get("$ref").asString().substring("#/$defs/".length());
      deepest = depth(defs.get(name), defs);
    }
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      for (JsonNode alternative : node.path(combinator)) {
        deepest = Math.max(deepest, depth(alternative, defs));
      }
    }
    String type = node.path("type").asString("");
    int inside = 0;
    for (JsonNode property : node.path("properties")) {
      inside = Math.max(inside, depth(property, defs));
    }
    if (type.equals("object")) {
      deepest = Math.max(deepest, 1 + inside);
    } else if (type.equals("array")) {
      deepest = Math.max(deepest, 1 + depth(node.path("items"), defs));
    } else {
      deepest = Math.max(deepest, inside);
    }
    return deepest;
  }

  /** {@return the object definitions of a schema and their property names, in the schema's order} */
  static Map<String, List<String>> objectsOf(JsonNode schema) {
    Map<String, List<String>> objects = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
      if (def.getValue().path("type").asString("").equals("object")) {
        List<String> names = new ArrayList<>();
        def.getValue().get("properties").propertyNames().forEach(names::add);
        objects.put(def.getKey(), names);
      }
    }
    return objects;
  }

  private static List<String> enumOf(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(v -> values.add(v.asString()));
    return values;
  }
}
