package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.session.SessionPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a document to a file: the same bytes as writing it to a stream, replaced in one step,
 * and a document the readers would refuse leaves the file as it was.
 */
class WriteToFileTest {
  private static final RegimenJson JSON = RegimenJson.defaults();
  private static final Protocol L5S1 = Catalog.l5s1Relief();

  @TempDir Path folder;

  @Test
  void everyKindWritesTheSameBytesToAFileAsToAStringAndReadsBack() throws IOException {
    ScreeningReport report = Screening.screen(L5S1, PatientProfile.empty());
    SessionPlan plan = SessionPlan.of(L5S1);

    JSON.writeProtocol(L5S1, folder.resolve("p.json"));
    JSON.writeExercise(L5S1.exercises().get(0), folder.resolve("e.json"));
    JSON.writeScreeningReport(report, folder.resolve("r.json"));
    JSON.writeSessionPlan(plan, folder.resolve("s.json"));

    assertThat(Files.readString(folder.resolve("p.json"))).isEqualTo(JSON.writeProtocol(L5S1));
    assertThat(JSON.readProtocol(folder.resolve("p.json"))).isEqualTo(L5S1);
    assertThat(JSON.readExercise(folder.resolve("e.json"))).isEqualTo(L5S1.exercises().get(0));
    assertThat(JSON.readScreeningReport(folder.resolve("r.json"))).isEqualTo(report);
    assertThat(Files.readString(folder.resolve("s.json"))).isEqualTo(JSON.writeSessionPlan(plan));
  }

  @Test
  void aDocumentTheReadersWouldRefuseLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = folder.resolve("protocol.json");
    Files.writeString(file, "old content");
    RegimenJson tiny = RegimenJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(1000)).build();

    assertThatThrownBy(() -> tiny.writeProtocol(L5S1, file))
        .isInstanceOf(RegimenJsonException.class)
        .hasMessageContaining("maxDocumentLength");

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("old content");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aValueOfTheWrongKindIsRefusedBeforeTheFileIsTouched() {
    Path file = folder.resolve("wrong.json");
    @SuppressWarnings({"unchecked", "rawtypes"})
    DocumentKind<Object> protocolKind = (DocumentKind) DocumentKind.PROTOCOL;
    assertThatThrownBy(() -> JSON.write(protocolKind, "not a protocol", file)).isInstanceOf(ClassCastException.class);
    assertThat(file).doesNotExist();
  }
}
