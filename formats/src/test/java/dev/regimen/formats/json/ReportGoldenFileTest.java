package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The screening of the bundled L5-S1 protocol for a person with a herniated disc and disc material
 * extruded onto the nerve, in pain for six weeks, kept as a golden file and compared exactly.
 * Regenerate it with {@code -Dregimen.golden.update=true} and review the diff like code.
 */
class ReportGoldenFileTest {
  private static final String GOLDEN = "golden/l5-s1-relief.screening.extruded-disc.json";
  private static final Path SOURCE = Path.of("src/test/resources", GOLDEN);

  private static final ScreeningReport REPORT =
      Screening.screen(
          Catalog.l5s1Relief(),
          PatientProfile.builder()
              .addConditionIds("herniated-disc")
              .addFindingIds("disc-extruded-onto-nerve")
              .painWeeks(6)
              .build());

  private final RegimenJson json = RegimenJson.create();

  @Test
  void theL5S1ScreeningReportIsWrittenExactlyAsTheGoldenFile() throws IOException {
    String written = json.writeScreeningReport(REPORT);
    if (Boolean.getBoolean("regimen.golden.update")) {
      Files.writeString(SOURCE, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(golden());
  }

  @Test
  void theGoldenFileReadsBackAsTheReport() throws IOException {
    assertThat(json.readScreeningReport(golden())).isEqualTo(REPORT);
  }

  private static String golden() throws IOException {
    try (InputStream in = ReportGoldenFileTest.class.getResourceAsStream("/" + GOLDEN)) {
      assertThat(in).as("test resource %s", GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
