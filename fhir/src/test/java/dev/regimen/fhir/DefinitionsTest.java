package dev.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

/**
 * The StructureDefinitions and the code system shipped in the jar are those {@link Definitions}
 * describes, one per extension URL the code writes. Run with {@code
 * -Dregimen.fhir.writeDefinitions=true} to rewrite them after changing {@link Definitions}.
 */
class DefinitionsTest {
  private static final Path DIR = Path.of("src/main/resources/dev/regimen/fhir/definitions");

  @Test
  void theShippedDefinitionsAreTheGeneratedOnesOnePerExtension() throws IOException {
    Map<String, StructureDefinition> generated = Definitions.structureDefinitions();
    boolean write = Boolean.getBoolean("regimen.fhir.writeDefinitions");
    for (Map.Entry<String, StructureDefinition> e : generated.entrySet()) {
      check(write, "StructureDefinition-" + e.getKey() + ".json", Fhir.json(e.getValue()));
    }
    check(write, "CodeSystem-body-area.json", Fhir.json(Definitions.bodyAreas()));
    assertThat(generated.keySet())
        .containsExactlyElementsOf(Ext.ALL.stream().map(u -> u.substring(Ext.SD.length())).toList());
    assertThat(FhirValidation.structureDefinitions()).extracting(StructureDefinition::getUrl)
        .containsExactlyElementsOf(Ext.ALL);
  }

  private static void check(boolean write, String file, String json) throws IOException {
    Path path = DIR.resolve(file);
    if (write) {
      Files.writeString(path, json + "\n", StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(path, StandardCharsets.UTF_8)).as(file).isEqualTo(json + "\n");
  }
}
