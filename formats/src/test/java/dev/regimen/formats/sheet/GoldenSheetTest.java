package dev.regimen.formats.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The bundled L5-S1 protocol's sheets, compared character for character with the reviewed files
 * under {@code src/test/resources/golden/}. When a change to the renderers is meant, rewrite them
 * with {@code mvn verify -pl core,formats -Dregimen.golden.update=true}, then read the diff as a
 * patient would before committing it.
 */
class GoldenSheetTest {
  private static final boolean UPDATE = Boolean.getBoolean("regimen.golden.update");

  @Test
  void unicodeTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet = TextSheet.withDefaults().render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.txt", sheet);
  }

  @Test
  void asciiTextSheetMatchesItsGoldenFile() throws IOException {
    String sheet =
        TextSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.ascii.txt", sheet);
  }

  @Test
  void markdownSheetMatchesItsGoldenFile() throws IOException {
    String sheet = MarkdownSheet.withDefaults().render(Catalog.l5s1Relief());
    assertMatchesGolden("l5-s1-relief.md", sheet);
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Path file = Paths.get("src", "test", "resources", "golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = GoldenSheetTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual).as("sheet %s", name).isEqualTo(expected);
  }
}
