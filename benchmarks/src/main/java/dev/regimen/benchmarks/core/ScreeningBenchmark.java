package dev.regimen.benchmarks.core;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainScreening;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Screening#screen} against the same screening hand-written over records ({@link
 * PlainScreening}). The person has a herniated disc (no finding) and three weeks of pain: every
 * entry is kept with a caution note, and the persisting-pain advisory applies, so both sides do
 * their full work (Regimen also validates the personalised protocol it builds). The setup checks
 * that both give the same verdicts and the same notes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ScreeningBenchmark {
  /** The protocol: the bundled L5-S1 routine or a synthetic one of that many entries. */
  @Param({Corpus.L5_S1, "10", "100", "1000", "10000"})
  public String protocol;

  private Protocol model;
  private Plain.Protocol records;
  private final PatientProfile profile =
      PatientProfile.builder().addConditionIds("herniated-disc").painWeeks(3).build();
  private final PlainScreening.Profile plainProfile =
      new PlainScreening.Profile(Set.of("herniated-disc"), Set.of(), 3, false);

  /**
   * Builds the protocol and its records.
   *
   * @throws IllegalStateException if the two screenings disagree
   */
  @Setup
  public void setUp() {
    model = Corpus.protocol(protocol);
    records = PlainConversion.toPlain(model);
    ScreeningReport report = screenRegimen();
    PlainScreening.Report plain = screenRecords();
    List<String> verdicts = report.entries().stream().map(e -> e.verdict().name()).toList();
    List<String> plainVerdicts = plain.entries().stream().map(e -> e.verdict().name()).toList();
    List<String> notes =
        report.personalised().orElseThrow().entries().stream().map(e -> e.note().orElse("")).toList();
    List<String> plainNotes = plain.personalised().entries().stream().map(Plain.Entry::note).toList();
    if (!verdicts.equals(plainVerdicts)
        || !notes.equals(plainNotes)
        || report.advisories().size() != plain.advisories().size()
        || report.entries().stream().mapToInt(e -> e.reasons().size()).sum()
            != plain.entries().stream().mapToInt(e -> e.reasons().size()).sum()) {
      throw new IllegalStateException("the hand-written screening disagrees with Regimen's");
    }
    if (report.entries().stream().map(EntryScreening::verdict).distinct().count() != 1
        || report.personalised().orElseThrow().entries().stream().map(ProtocolEntry::note).anyMatch(n -> n.isEmpty())) {
      throw new IllegalStateException("expected every entry kept with a caution");
    }
  }

  /** {@return Regimen's report} */
  @Benchmark
  public ScreeningReport screenRegimen() {
    return Screening.screen(model, profile);
  }

  /** {@return the hand-written report} */
  @Benchmark
  public PlainScreening.Report screenRecords() {
    return PlainScreening.screen(records, plainProfile);
  }
}
