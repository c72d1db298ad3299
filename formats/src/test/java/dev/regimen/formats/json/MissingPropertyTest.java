package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.json.RegimenJsonException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader and the schema agree on what is required: every property of every object of the
 * bundled documents is taken away in turn, and wherever the schema then says that object misses a
 * required property, the reader says so too, naming it, at that object. Documents of the current
 * version are held to the current schema, the version 1 golden files to the version 1 schema.
 */
class MissingPropertyTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final RegimenJson JSON = RegimenJson.builder().compact().build();

  /** One property taken away: the object's pointer and the property's name. */
  private record Removal(String pointer, String name) {}

  private static List<Removal> everyRemoval(JsonNode node, String pointer) {
    List<Removal> removals = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        removals.add(new Removal(pointer, property.getKey()));
        removals.addAll(everyRemoval(property.getValue(), pointer + "/" + property.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        removals.addAll(everyRemoval(node.get(i), pointer + "/" + i));
      }
    }
    return removals;
  }

  /**
   * Whether the schema requires the property outright, not as one of several alternatives or
   * under a condition (such as a hold's seconds or breaths): those are the model's rules, which
   * the reader reports as invalid values.
   */
  private static boolean unconditional(Error e) {
    String path = e.getEvaluationPath().toString();
    return !(path.contains("anyOf") || path.contains("oneOf") || path.contains("allOf")
        || path.contains("then") || path.contains("else") || path.contains("dependent"));
  }

  private static int checkEveryRemoval(String document, Consumer<String> read) {
    JsonNode tree = MAPPER.readTree(document);
    Schema schema = SchemaTest.schema(tree.get("schemaVersion").asInt());
    int required = 0;
    for (Removal removal : everyRemoval(tree, "")) {
      JsonNode copy = tree.deepCopy();
      ObjectNode holder = (ObjectNode) copy.at(removal.pointer().isEmpty() ? "" : removal.pointer());
      holder.remove(removal.name());
      String without = MAPPER.writeValueAsString(copy);
      boolean schemaRequiresIt =
          schema.validate(without, InputFormat.JSON).stream()
              .anyMatch(
                  (Error e) ->
                      "required".equals(e.getKeyword())
                          && removal.name().equals(e.getProperty())
                          && holder.equals(e.getInstanceNode())
                          && unconditional(e));
      if (!schemaRequiresIt) {
        continue;
      }
      required++;
      RegimenJsonException e = catchThrowableOfType(RegimenJsonException.class, () -> read.accept(without));
      assertThat(e).as("reading without %s", removal).isNotNull();
      assertThat(e.kind()).as("kind, without %s", removal).isEqualTo(Kind.MISSING_PROPERTY);
      assertThat(e.pointer()).as("pointer, without %s", removal).isEqualTo(removal.pointer());
      assertThat(e.problem())
          .as("problem, without %s", removal)
          .isEqualTo("missing required property '" + removal.name() + "'");
    }
    return required;
  }

  @Test
  void everyRequiredPropertyOfTheL5S1ProtocolIsReportedMissingWhereTheSchemaSaysSo() {
    int required = checkEveryRemoval(JSON.writeProtocol(Catalog.l5s1Relief()), JSON::readProtocol);
    assertThat(required).isGreaterThan(100);
  }

  @Test
  void everyRequiredPropertyOfAScreeningReportIsReportedMissingWhereTheSchemaSaysSo() {
    PatientProfile profile =
        PatientProfile.builder()
            .addConditionIds("herniated-disc")
            .addFindingIds("disc-extruded-onto-nerve")
            .painWeeks(3)
            .inPain(true)
            .build();
    String report = JSON.writeScreeningReport(Screening.screen(Catalog.l5s1Relief(), profile));
    assertThat(checkEveryRemoval(report, JSON::readScreeningReport)).isGreaterThan(50);
    String personalised =
        JSON.writeScreeningReport(
            Screening.screen(Catalog.l5s1Relief(), PatientProfile.builder().addConditionIds("joint-damage").build()));
    assertThat(checkEveryRemoval(personalised, JSON::readScreeningReport)).isGreaterThan(100);
  }

  @Test
  void everyRequiredPropertyOfTheL5S1SessionPlanIsReportedMissingWhereTheSchemaSaysSo() {
    int required = checkEveryRemoval(JSON.writeSessionPlan(SessionPlan.of(Catalog.l5s1Relief())), JSON::readSessionPlan);
    assertThat(required).isGreaterThan(100);
  }

  @Test
  void everyRequiredPropertyOfTheVersion1GoldenFilesIsReportedMissingWhereTheVersion1SchemaSaysSo() throws Exception {
    assertThat(checkEveryRemoval(V1Goldens.text(V1Goldens.PROTOCOL), JSON::readProtocol)).isGreaterThan(100);
    assertThat(checkEveryRemoval(V1Goldens.text(V1Goldens.SCREENING), JSON::readScreeningReport)).isGreaterThan(50);
    assertThat(checkEveryRemoval(V1Goldens.text(V1Goldens.PLAN), JSON::readSessionPlan)).isGreaterThan(100);
  }
}
