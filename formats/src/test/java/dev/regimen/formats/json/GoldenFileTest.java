package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of the bundled L5-S1 protocol, of its screening for a person with a herniated disc and
 * disc material extruded onto the nerve (six weeks of pain), and of its session plan, kept as
 * golden files and compared exactly. When the format changes on purpose, regenerate them with
 * {@code -Dregimen.golden.update=true} and review the diff like code. (The files version 1 wrote
 * stay under {@code golden/v1/}, read by {@code Version1UpgradeTest}.)
 */
class GoldenFileTest {
  private static final RegimenJson JSON = RegimenJson.defaults();

  /** One golden document: its file, the value, and how to write and read it. */
  record Golden(String resource, Object value, Function<Object, String> write, Function<String, Object> read) {
    @Override
    public String toString() {
      return resource;
    }
  }

  static final Golden PROTOCOL =
      new Golden(
          "golden/l5-s1-relief.json",
          Catalog.l5s1Relief(),
          v -> JSON.write(DocumentKind.PROTOCOL, DocumentKind.PROTOCOL.type().cast(v)),
          JSON::readProtocol);

  static final Golden SCREENING =
      new Golden(
          "golden/l5-s1-relief.screening.extruded-disc.json",
          Screening.screen(
              Catalog.l5s1Relief(),
              PatientProfile.builder()
                  .addConditionIds("herniated-disc")
                  .addFindingIds("disc-extruded-onto-nerve")
                  .painWeeks(6)
                  .build()),
          v -> JSON.write(DocumentKind.SCREENING_REPORT, DocumentKind.SCREENING_REPORT.type().cast(v)),
          JSON::readScreeningReport);

  static final Golden PLAN =
      new Golden(
          "golden/l5-s1-relief.session.json",
          SessionPlan.of(Catalog.l5s1Relief()),
          v -> JSON.write(DocumentKind.SESSION_PLAN, DocumentKind.SESSION_PLAN.type().cast(v)),
          JSON::readSessionPlan);

  /** Every golden JSON document of the current format. */
  static final List<Golden> ALL = List.of(PROTOCOL, SCREENING, PLAN);

  static Stream<Golden> goldens() {
    return ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void theValueIsWrittenExactlyAsItsGoldenFile(Golden golden) throws IOException {
    String written = golden.write().apply(golden.value());
    if (Boolean.getBoolean("regimen.golden.update")) {
      Files.writeString(Path.of("src/test/resources", golden.resource()), written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(text(golden));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void theGoldenFileReadsBackAsTheValue(Golden golden) throws IOException {
    assertThat(golden.read().apply(text(golden))).isEqualTo(golden.value());
  }

  /** {@return the text of a golden file} */
  static String text(Golden golden) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/" + golden.resource())) {
      assertThat(in).as("test resource %s", golden.resource()).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
