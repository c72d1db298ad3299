package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** An instance says how it writes and which limits it reads with. */
class RegimenJsonDescriptionTest {
  @Test
  void theDefaultInstanceIsPrettyAndACompactOneIsNot() {
    RegimenJson compact = RegimenJson.builder().compact().build();

    assertThat(RegimenJson.defaults().isPretty()).isTrue();
    assertThat(compact.isPretty()).isFalse();
    assertThat(RegimenJson.builder().compact().pretty().build().isPretty()).isTrue();
    assertThat(compact.writeProtocol(Catalog.l5s1Relief())).doesNotContain("\n");
    assertThat(RegimenJson.defaults().writeProtocol(Catalog.l5s1Relief())).startsWith("{\n  \"schemaVersion\": 2,\n  \"protocol\": {\n");
  }

  @Test
  void itDescribesItsLayoutAndLimits() {
    JsonLimits small = JsonLimits.defaults().withMaxDepth(7);
    assertThat(RegimenJson.builder().compact().limits(small).build().toString())
        .isEqualTo("RegimenJson[compact, " + small + "]")
        .contains("maxDepth=7");
    assertThat(RegimenJson.defaults().toString()).startsWith("RegimenJson[pretty, JsonLimits[");
  }
}
