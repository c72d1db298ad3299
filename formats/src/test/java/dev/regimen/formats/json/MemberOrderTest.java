package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.testing.Generators;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader takes the members of every object in any order, the document object's included: the
 * output of {@code jq -S} or Python's {@code sort_keys}, which put {@code "protocol"} and {@code
 * "exercise"} before {@code "schemaVersion"}, reads; the version is still known before the value
 * is read, and errors keep their pointer, line and column.
 */
class MemberOrderTest {
  private static final RegimenJson JSON = RegimenJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The document with the members of every object sorted by name, two-space indented, as {@code jq -S} prints it. */
  private static String sortedKeys(String document) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(MAPPER.readTree(document)));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      members.sort(Map.Entry.comparingByKey());
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      members.forEach(m -> result.set(m.getKey(), sorted(m.getValue())));
      return result;
    }
    if (node.isArray()) {
      var result = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> result.add(sorted(element)));
      return result;
    }
    return node;
  }

  @Test
  void aProtocolWithSortedKeysReadsFromEverySource() throws IOException {
    Protocol l5s1 = Catalog.l5s1Relief();
    String sorted = sortedKeys(JSON.writeProtocol(l5s1));
    assertThat(sorted.indexOf("\"protocol\"")).isLessThan(sorted.indexOf("\"schemaVersion\""));
    byte[] bytes = sorted.getBytes(StandardCharsets.UTF_8);

    assertThat(JSON.readProtocol(sorted)).isEqualTo(l5s1);
    assertThat(JSON.readProtocol(bytes)).isEqualTo(l5s1);
    assertThat(JSON.readProtocol(new StringReader(sorted))).isEqualTo(l5s1);
    assertThat(JSON.readProtocol(new ByteArrayInputStream(bytes))).isEqualTo(l5s1);
    assertThat(JSON.readDocument(bytes)).isEqualTo(new RegimenDocument<>(DocumentKind.PROTOCOL, l5s1));
  }

  @Test
  void everyGeneratedDocumentWithSortedKeysReadsBackEqual() {
    qt().withExamples(60)
        .forAll(Generators.protocols())
        .checkAssert(p -> assertThat(JSON.readProtocol(sortedKeys(JSON.writeProtocol(p)))).isEqualTo(p));
    qt().withExamples(60)
        .forAll(Generators.exercises())
        .checkAssert(e -> assertThat(JSON.readExercise(sortedKeys(JSON.writeExercise(e)))).isEqualTo(e));
    qt().withExamples(40)
        .forAll(Generators.screeningReports())
        .checkAssert(r -> assertThat(JSON.readScreeningReport(sortedKeys(JSON.writeScreeningReport(r)))).isEqualTo(r));
    // plans of up to 20,000 cues, more than the default limits take: a roomy instance
    qt().withExamples(40)
        .forAll(Generators.sessionPlans())
        .checkAssert(
            s -> assertThat(RoomyJson.PRETTY.readSessionPlan(sortedKeys(RoomyJson.PRETTY.writeSessionPlan(s)))).isEqualTo(s));
  }

  @Test
  void theVersionLastStillComesBeforeEveryProblemOfTheValue() {
    // the value breaks rules, but a version this library cannot read is what is reported
    String document = "{\n  \"exercise\": {\"id\": 5},\n  \"schemaVersion\": 3\n}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(document));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(e.getMessage())
        .isEqualTo(
            "/schemaVersion: unsupported schemaVersion 3; this version of Regimen reads schemaVersion 1 to 2 (a newer"
                + " Regimen wrote this document: read it with that version) (line 3, column 20)");
  }

  @Test
  void aProblemOfTheValueBeforeTheVersionKeepsItsPointerLineAndColumn() {
    String document = "{\n  \"exercise\": {\n    \"kind\": \"strech\"\n  },\n  \"schemaVersion\": 1\n}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(document));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/exercise/kind");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.problem()).startsWith("must be one of ");
  }

  @Test
  void malformedJsonBeforeTheVersionIsReportedWhereItIsWithoutReadingTheValue() {
    String document = "{\"exercise\": {\"id\": \"a\",, \"x\"}, \"schemaVersion\": 1}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(document));
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.pointer()).isEqualTo("/exercise/id");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(25); // the second comma
  }

  @Test
  void aLimitBrokenInTheValueBeforeTheVersionIsReportedWithTheReadersOwnLimit() {
    RegimenJson tight = RegimenJson.builder().limits(JsonLimits.defaults().withMaxStringLength(60)).build();
    String document = "{\"exercise\": {\"name\": \"" + "x".repeat(100) + "\"}, \"schemaVersion\": 1}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> tight.readExercise(document));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/exercise/name");
    assertThat(e.problem()).isEqualTo("text is longer than 60 characters (maxStringLength)");
  }

  @Test
  void aVersionGivenTwiceIsADuplicateWhereverItStands() {
    String document = "{\"exercise\": {}, \"schemaVersion\": 1, \"schemaVersion\": 1}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(document.replace("{}", EXERCISE_VALUE)));
    assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.problem()).isEqualTo("duplicate property 'schemaVersion'");
  }

  private static final String EXERCISE_VALUE =
      "{\"steps\": [{\"text\": \"Pull\"}], \"startingPosition\": \"Lying\", \"kind\": \"stretch\", \"name\": \"N\", \"id\": \"k\"}";

  @Test
  void aScreeningReportAndAPlanWithTheVersionLastRead() {
    ScreeningReport report =
        Screening.screen(Catalog.l5s1Relief(), PatientProfile.builder().addConditionIds("herniated-disc").build());
    ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.writeScreeningReport(report));
    tree.remove("schemaVersion");
    tree.put("schemaVersion", RegimenJson.SCHEMA_VERSION);
    assertThat(JSON.readScreeningReport(MAPPER.writeValueAsString(tree))).isEqualTo(report);

    SessionPlan plan = SessionPlan.of(Catalog.l5s1Relief());
    tree = (ObjectNode) MAPPER.readTree(JSON.writeSessionPlan(plan));
    tree.remove("schemaVersion");
    tree.put("schemaVersion", RegimenJson.SCHEMA_VERSION);
    assertThat(JSON.readSessionPlan(MAPPER.writeValueAsString(tree))).isEqualTo(plan);
  }

  /**
   * The document with what Python's {@code json.dumps(doc, indent=2, sort_keys=True)} does to it:
   * the members sorted and every character outside ASCII escaped ({@code ensure_ascii}, a
   * character outside the Basic Multilingual Plane as the escapes of its two surrogates).
   */
  private static String pythonSortKeys(String document) {
    JsonMapper ascii = JsonMapper.builder().enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    return ascii.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(MAPPER.readTree(document)));
  }

  @Test
  void everyGoldenFileWithSortedKeysReadsAsTheGoldenFileDoes() throws IOException {
    for (GoldenFileTest.Golden golden : GoldenFileTest.ALL) {
      String text = GoldenFileTest.text(golden);
      for (String sorted : List.of(sortedKeys(text), pythonSortKeys(text))) {
        assertThat(sorted.indexOf("\"schemaVersion\"")).as(golden.resource()).isGreaterThan(sorted.indexOf("\": {"));
        assertThat(golden.read().apply(sorted)).as(golden.resource()).isEqualTo(golden.value());
        assertThat(JSON.readDocument(sorted.getBytes(StandardCharsets.UTF_8)).value()).isEqualTo(golden.value());
      }
    }
    for (String golden : V1Goldens.NAMES) {
      String text = V1Goldens.text(golden);
      assertThat(JSON.readDocument(sortedKeys(text))).as(golden).isEqualTo(JSON.readDocument(text));
      assertThat(JSON.readDocument(pythonSortKeys(text))).as(golden).isEqualTo(JSON.readDocument(text));
    }
  }

  /** {@return the line and column (from 1) of the first {@code part} after the first {@code after}} */
  private static int[] position(String document, String after, String part) {
    int at = document.indexOf(part, document.indexOf(after));
    assertThat(at).as("%s after %s", part, after).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  private static void assertAt(RegimenJsonException e, String pointer, int[] position, String problem) {
    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(new int[] {e.line(), e.column()}).containsExactly(position);
    assertThat(e.problem()).isEqualTo(problem);
  }

  @Test
  void anErrorInAGoldenFileWithSortedKeysKeepsItsPointerLineAndColumn() throws IOException {
    // the protocol: a hold of the first exercise's last step, deep inside, after the sorted dosage
    String protocol = sortedKeys(GoldenFileTest.text(GoldenFileTest.PROTOCOL));
    String badHold = protocol.replaceFirst("\"seconds\" : 30", "\"seconds\" : 0");
    assertAt(
        catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(badHold)),
        "/protocol/entries/0/dosage/hold/seconds",
        position(badHold, "\"seconds\" : 0", "0"),
        "must be from 1 to 3600, was 0");
    String badSets = protocol.replaceFirst("\"sets\" : 1", "\"sets\" : 101");
    assertAt(
        catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(badSets)),
        "/protocol/entries/0/dosage/sets",
        position(badSets, "\"sets\" : 101", "101"),
        "must be from 1 to 100, was 101");
    // the screening: a verdict that disagrees with its reasons
    String report = sortedKeys(GoldenFileTest.text(GoldenFileTest.SCREENING));
    String badVerdict = report.replaceFirst("\"verdict\" : \"avoid\"", "\"verdict\" : \"suitable\"");
    assertAt(
        catchThrowableOfType(RegimenJsonException.class, () -> JSON.readScreeningReport(badVerdict)),
        "/screeningReport/entries/0/verdict",
        position(badVerdict, "\"verdict\" : \"suitable\"", "\"suitable\""),
        "must be 'avoid', the verdict the reasons and cautions give, was 'suitable'");
    // the plan: a total that disagrees with its cues, sorted after the cues
    String plan = sortedKeys(GoldenFileTest.text(GoldenFileTest.PLAN));
    long min = ((SessionPlan) GoldenFileTest.PLAN.value()).minSeconds();
    String badTotal = plan.replace("\"minSeconds\" : " + min + ",\n    \"options\"", "\"minSeconds\" : 1,\n    \"options\"");
    assertThat(badTotal).isNotEqualTo(plan);
    assertAt(
        catchThrowableOfType(RegimenJsonException.class, () -> JSON.readSessionPlan(badTotal)),
        "/sessionPlan/minSeconds",
        position(badTotal, "\"minSeconds\" : 1,\n    \"options\"", "1,"),
        "must be " + min + ", the sum of the cues' shortest durations, was 1");
    // an unknown property in the version 1 protocol, sorted: its version 1 names are expected
    String v1 = sortedKeys(V1Goldens.text(V1Goldens.PROTOCOL)).replaceFirst("\"targetAreas\"", "\"primaryTargets\"");
    RegimenJsonException unknown = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readProtocol(v1));
    assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(unknown.pointer()).isEqualTo("/protocol/entries/0/exercise/primaryTargets");
    assertThat(new int[] {unknown.line(), unknown.column()}).containsExactly(position(v1, "\"primaryTargets\"", "\"primaryTargets\""));
  }
}
