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
  private static final RegimenJson JSON = RegimenJson.create();
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
    qt().withExamples(40)
        .forAll(Generators.sessionPlans())
        .checkAssert(s -> assertThat(JSON.readSessionPlan(sortedKeys(JSON.writeSessionPlan(s)))).isEqualTo(s));
  }

  @Test
  void theVersionLastStillComesBeforeEveryProblemOfTheValue() {
    // the value breaks rules, but a version this library cannot read is what is reported
    String document = "{\n  \"exercise\": {\"id\": 5},\n  \"schemaVersion\": 2\n}";
    RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> JSON.readExercise(document));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(e.getMessage())
        .isEqualTo("/schemaVersion: unsupported schemaVersion 2; this version of Regimen reads schemaVersion 1 (line 3, column 20)");
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
    tree.put("schemaVersion", 1);
    assertThat(JSON.readScreeningReport(MAPPER.writeValueAsString(tree))).isEqualTo(report);

    SessionPlan plan = SessionPlan.of(Catalog.l5s1Relief());
    tree = (ObjectNode) MAPPER.readTree(JSON.writeSessionPlan(plan));
    tree.remove("schemaVersion");
    tree.put("schemaVersion", 1);
    assertThat(JSON.readSessionPlan(MAPPER.writeValueAsString(tree))).isEqualTo(plan);
  }
}
