package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled L5-S1 protocol's JSON, kept as a golden file and compared exactly. When the format
 * changes on purpose, regenerate it with {@code -Dregimen.golden.update=true} and review the diff
 * like code.
 */
class GoldenFileTest {
  private static final String GOLDEN = "golden/l5-s1-relief.json";
  private static final Path SOURCE = Path.of("src/test/resources", GOLDEN);

  private final RegimenJson json = RegimenJson.create();

  @Test
  void theL5S1ProtocolIsWrittenExactlyAsTheGoldenFile() throws IOException {
    String written = json.writeProtocol(Catalog.l5s1Relief());
    if (Boolean.getBoolean("regimen.golden.update")) {
      Files.writeString(SOURCE, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(golden());
  }

  @Test
  void theGoldenFileReadsBackAsTheL5S1Protocol() throws IOException {
    Protocol read = json.readProtocol(golden());
    assertThat(read).isEqualTo(Catalog.l5s1Relief());
  }

  private static String golden() throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/" + GOLDEN)) {
      assertThat(in).as("test resource %s", GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
