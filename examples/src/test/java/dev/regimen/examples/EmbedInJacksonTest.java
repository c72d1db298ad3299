package dev.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.formats.json.RegimenJacksonModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EmbedInJacksonTest {
  @Test
  void writesTheHandoutAndReadsBackTheSameProtocols() throws Exception {
    Console.Output output = Console.capture(() -> EmbedInJackson.main(new String[0]));

    assertThat(output.err()).isEmpty();
    List<String> lines = output.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("{");
    assertThat(lines).contains("  \"patient\" : \"p-0042\",", "    \"id\" : \"l5-s1-relief\",");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("Read back 2 routines for p-0042; the same as written: true");
  }

  @Test
  void theHandoutTypeRoundTripsThroughAnyMapperWithTheModule() {
    JsonMapper mapper = JsonMapper.builder().addModule(new RegimenJacksonModule()).build();
    EmbedInJackson.Handout handout =
        new EmbedInJackson.Handout("p-1", "Dr. A", List.of(NeckRoutine.protocol(), Catalog.l5s1Relief()));

    String json = mapper.writeValueAsString(handout);

    assertThat(json).doesNotContain("schemaVersion");
    assertThat(mapper.readValue(json, EmbedInJackson.Handout.class)).isEqualTo(handout);
  }
}
