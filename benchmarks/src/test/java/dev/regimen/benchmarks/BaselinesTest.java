package dev.regimen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regimen.benchmarks.core.BuildBenchmark;
import dev.regimen.benchmarks.core.ScreeningBenchmark;
import dev.regimen.benchmarks.core.SessionPlanBenchmark;
import dev.regimen.benchmarks.json.JsonBenchmark;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainSessionPlan;
import dev.regimen.benchmarks.sheet.SheetBenchmark;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.screening.Verdict;
import dev.regimen.core.session.PlanOptions;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.core.validation.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
  void handWrittenScreeningGivesRegimensReport(String protocol) {
    ScreeningBenchmark b = new ScreeningBenchmark();
    b.protocol = protocol;
    b.setUp();
    assertThat(ScreeningBenchmark.describe(b.screenRecords()))
        .isEqualTo(ScreeningBenchmark.describe(b.screenRegimen()));
    List<String> notes =
        b.screenRegimen().personalised().orElseThrow().entries().stream()
            .filter(e -> e.exercise().kind() == ExerciseKind.STRETCH)
            .map(e -> e.note().orElse(""))
            .collect(Collectors.toList());
    assertThat(notes).isNotEmpty().allMatch(n -> n.startsWith("Caution (Herniated disc): "));
  }

  @Test
  void theSyntheticProtocolsScreenToEveryVerdictButAvoid() {
    ScreeningBenchmark b = new ScreeningBenchmark();
    b.protocol = "10";
    b.setUp();
    assertThat(b.screenRegimen().entries())
        .extracting(e -> e.verdict())
        .containsOnly(Verdict.CAUTION, Verdict.SUITABLE, Verdict.CHECK)
        .contains(Verdict.CAUTION, Verdict.SUITABLE, Verdict.CHECK);
    assertThat(b.screenRegimen().protocolCautions()).containsExactly(Corpus.PROTOCOL_CAUTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.L5_S1, "10"})
  void handWrittenPlanGivesRegimensCues(String protocol) {
    SessionPlanBenchmark b = new SessionPlanBenchmark();
    b.protocol = protocol;
    b.setUp();
    assertThat(b.planRecords().stream().map(SessionPlanBenchmark::describe).collect(Collectors.toList()))
        .isEqualTo(b.planRegimen().cues().stream().map(SessionPlanBenchmark::describe).collect(Collectors.toList()));
  }

  /**
   * The benchmark raises the cue budget because the largest plan needs it, and both plans then fit
   * (the benchmark's setup compares them cue by cue).
   */
  @Test
  void theLargestPlanNeedsTheRaisedCueBudgetAndFitsIt() {
    Protocol largest = Corpus.protocol("10000");
    assertThatThrownBy(() -> SessionPlan.of(largest))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than " + PlanOptions.DEFAULT_MAX_CUES + " cues");
    int cues =
        SessionPlan.of(largest, PlanOptions.builder().maxCues(SessionPlanBenchmark.MAX_CUES).build()).cues().size();
    assertThat(cues).isEqualTo(LARGEST_PLAN_CUES).isLessThan(SessionPlanBenchmark.MAX_CUES);
    assertThat(PlainSessionPlan.plan(PlainConversion.toPlain(largest), SessionPlanBenchmark.MAX_CUES).size())
        .isEqualTo(cues);
  }

  /** The cues of the plan of 10 000 entries, as the benchmark's comment states. */
  private static final int LARGEST_PLAN_CUES = 446_000;
}
