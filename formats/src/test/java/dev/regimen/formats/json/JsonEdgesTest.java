package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

/**
 * Small parts of the JSON layer that are otherwise reached only while classes load: the schema
 * resource, the Jackson module's identity, the property-name tables, and the escaping of a
 * problem's line.
 */
class JsonEdgesTest {
  @Test
  void theSchemaResourceIsTheSchemaText() throws IOException {
    String text = RegimenJsonSchema.text();
    assertThat(text).startsWith("{").contains("\"$id\"").contains(RegimenJsonSchema.ID);
    try (InputStream in = RegimenJsonSchema.open()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
  }

  @Test
  void theJacksonModuleIsNamedRegimenAndFollowsTheJarsVersion() {
    RegimenJacksonModule module = new RegimenJacksonModule();
    assertThat(module.getModuleName()).isEqualTo("regimen");
    assertThat(module.version()).isEqualTo(Version.unknownVersion());
  }

  @Test
  void propertyTablesFindEachNameByItsBitAndRefuseWhatIsNotTheirs() {
    Fields fields = Fields.of("id", "name", "kind");
    String copied = new String("name".toCharArray()); // not interned: found through the map
    assertThat(fields.bit("id")).isEqualTo(1);
    assertThat(fields.bit(copied)).isEqualTo(2);
    assertThat(fields.bit("kind")).isEqualTo(4);
    assertThat(fields.bit("other")).isZero();
    assertThat(fields.mask("id", "kind")).isEqualTo(5);
    assertThat(fields.namesOf(6)).containsExactly("name", "kind");
    assertThat(fields.names()).containsExactly("id", "name", "kind");
    assertThat(fields.expected()).isEqualTo("one of id, name, kind");
    assertThatThrownBy(() -> fields.mask("id", "other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a property: other");
  }

  @Test
  void aPropertyTableHoldsAtMostThirtyTwoDistinctNames() {
    List<String> names = IntStream.range(0, 32).mapToObj(i -> "p" + i).collect(Collectors.toList());
    Fields full = Fields.of(names.toArray(String[]::new));
    assertThat(full.bit("p31")).isEqualTo(1 << 31);
    assertThat(full.namesOf(-1)).hasSize(32);

    List<String> tooMany = IntStream.range(0, 33).mapToObj(i -> "p" + i).collect(Collectors.toList());
    assertThatThrownBy(() -> Fields.of(tooMany.toArray(String[]::new)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 32 properties, got 33");
    assertThatThrownBy(() -> Fields.of("id", "name", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate property name id");
  }

  @Test
  void aProblemsLineKeepsCharacterPairsAndEscapesLoneHalvesAndControls() {
    String clef = "\uD834\uDD1E";
    assertThat(new JsonProblem("/a", "was '" + clef + "'", 1, 2).toString()).isEqualTo("/a: was '" + clef + "' (line 1, column 2)");
    assertThat(new JsonProblem("/a", "was '\uD834'", -1, -1).toString()).isEqualTo("/a: was '\\uD834'");
    assertThat(new JsonProblem("/a", "ends \uD834", -1, -1).toString()).isEqualTo("/a: ends \\uD834");
    assertThat(new JsonProblem("/a", "\uDD1E\uD834x", -1, -1).toString()).isEqualTo("/a: \\uDD1E\\uD834x");
    assertThat(new JsonProblem("", "bell\u0007 and\u2028line \u202Eflip", 3, 1).toString())
        .isEqualTo("document: bell\\u0007 and\\u2028line \\u202Eflip (line 3, column 1)");
    assertThat(new JsonProblem("/a", "x", 0, 0).toString()).isEqualTo("/a: x");
  }
}
