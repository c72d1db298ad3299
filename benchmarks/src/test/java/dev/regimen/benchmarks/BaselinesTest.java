package dev.regimen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.benchmarks.core.BuildBenchmark;
import dev.regimen.benchmarks.core.ScreeningBenchmark;
import dev.regimen.benchmarks.core.SessionPlanBenchmark;
import dev.regimen.benchmarks.json.JsonBenchmark;
import dev.regimen.benchmarks.sheet.SheetBenchmark;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.core.protocol.ProtocolEntry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The baselines do the same work as Regimen, on the small protocols: each benchmark's setup checks
 * its baselines and throws when one is not equivalent. No timing here.
 */
class BaselinesTest {
  @ParameterizedTest
  @ValueSource(strings = {Corpus.L5_S1, "10"})
  void databindAndTheFloorWriteRegimensBytesAndReadBackTheSameContent(String protocol) {
    JsonBenchmark b = new JsonBenchmark();
    b.protocol = protocol;
    b.setUp();
    assertThat(b.writeDatabind() + "\n").isEqualTo(b.writeRegimen());
    assertThat(b.writeFloor()).isEqualTo(b.writeRegimen());
    assertThat(b.readFloor()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.L5_S1, "10"})
  void sheetFloorsMakeTheRenderedSheets(String protocol) {
    SheetBenchmark b = new SheetBenchmark();
    b.protocol = protocol;
    b.setUp();
    assertThat(b.textFloor()).isEqualTo(b.text());
    assertThat(b.markdownFloor()).isEqualTo(b.markdown());
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.L5_S1, "10"})
  void buildersAndRecordCopiesGiveTheSameContent(String protocol) {
    BuildBenchmark b = new BuildBenchmark();
    b.protocol = protocol;
    b.setUp();
    assertThat(b.buildRegimen()).isEqualTo(Corpus.protocol(protocol));
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.L5_S1, "10"})
  void handWrittenScreeningGivesRegimensVerdictsAndNotes(String protocol) {
    ScreeningBenchmark b = new ScreeningBenchmark();
    b.protocol = protocol;
    b.setUp();
    List<String> notes =
        b.screenRegimen().personalised().orElseThrow().entries().stream()
            .map(ProtocolEntry::note)
            .map(n -> n.orElse(""))
            .collect(Collectors.toList());
    assertThat(b.screenRecords().personalised().entries()).extracting(Plain.Entry::note).isEqualTo(notes);
    assertThat(notes).allMatch(n -> n.startsWith("Caution (Herniated disc): "));
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.L5_S1, "10"})
  void handWrittenPlanGivesRegimensCues(String protocol) {
    SessionPlanBenchmark b = new SessionPlanBenchmark();
    b.protocol = protocol;
    b.setUp();
    assertThat(b.planRecords()).extracting(c -> c.text())
        .isEqualTo(b.planRegimen().cues().stream().map(c -> c.text()).collect(Collectors.toList()));
  }
}
