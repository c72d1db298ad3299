package dev.regimen.benchmarks.core;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainScreening;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.safety.Caution;
import dev.regimen.core.screening.ApplicableAdvisory;
import dev.regimen.core.screening.EntryScreening;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Reason;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.screening.ScreeningReport;
import dev.regimen.core.screening.Verdict;
import java.util.ArrayList;
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
 * stretch is kept with a caution note, the synthetic protocols' walk is to be checked (its caution
 * in words) and their bridge is suitable, nothing is removed, and the persisting-pain advisory
 * applies, so both sides do their full work (Regimen also validates the personalised protocol it
 * builds). The setup checks that both give the same report: every entry's verdict, reasons with
 * their sources and cautions, the notes of the personalised entries, the advisories that apply
 * and why, the others, the ids that match nothing and the protocol's cautions.
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
    List<String> regimen = describe(screenRegimen());
    List<String> plain = describe(screenRecords());
    if (!regimen.equals(plain)) {
      throw new IllegalStateException(
          "the hand-written screening disagrees with Regimen's: "
              + Differences.first(regimen, plain));
    }
    ScreeningReport report = screenRegimen();
    boolean stretchesCautioned =
        report.entries().stream()
            .filter(e -> model.entries().get(e.index()).exercise().kind() == ExerciseKind.STRETCH)
            .allMatch(e -> e.verdict() == Verdict.CAUTION);
    if (!stretchesCautioned
        || report.personalised().orElseThrow().entries().size() != model.entries().size()) {
      throw new IllegalStateException("expected every entry kept, every stretch with a caution");
    }
  }

  /**
   * Regimen's report in words: everything screening decides, for comparing reports.
   *
   * @param r the report
   * @return one line per entry, advisory, id and caution
   */
  public static List<String> describe(ScreeningReport r) {
    List<String> out = new ArrayList<>();
    for (EntryScreening e : r.entries()) {
      StringBuilder line =
          new StringBuilder("entry " + e.index() + " " + e.exerciseId() + " (" + e.exerciseName() + "): " + e.verdict().name());
      for (Reason reason : e.reasons()) {
        line.append("; because ").append(reason.contraindication().conditionId())
            .append('/').append(reason.contraindication().findingId().orElse("-"))
            .append(' ').append(reason.severity().name())
            .append(" on ").append(reason.matchedOn())
            .append(" citing ").append(reason.sources().stream().map(s -> s.id() + " " + s.name()).toList());
      }
      for (Caution c : e.cautions()) {
        line.append("; read ").append(c.severity().name()).append(' ').append(c.text());
      }
      out.add(line.toString());
    }
    r.personalised()
        .ifPresentOrElse(
            p -> p.entries().forEach(e -> out.add("kept " + e.exercise().id() + ": " + e.note().orElse("-"))),
            () -> out.add("nothing kept"));
    for (ApplicableAdvisory a : r.advisories()) {
      out.add("applies " + a.advisory().id() + ": " + a.because() + " citing " + a.sources().stream().map(s -> s.id()).toList());
    }
    r.otherAdvisories().forEach(a -> out.add("other " + a.id()));
    out.add("unknown " + r.unknownConditionIds() + ", unmatched " + r.unmatchedFindingIds());
    r.protocolCautions().forEach(c -> out.add("protocol: read " + c.severity().name() + " " + c.text()));
    return out;
  }

  /**
   * A hand-written report in the words of {@link #describe(ScreeningReport)}.
   *
   * @param r the report
   * @return one line per entry, advisory, id and caution
   */
  public static List<String> describe(PlainScreening.Report r) {
    List<String> out = new ArrayList<>();
    for (PlainScreening.EntryVerdict e : r.entries()) {
      StringBuilder line =
          new StringBuilder("entry " + e.index() + " " + e.exerciseId() + " (" + e.exerciseName() + "): " + e.verdict().name());
      for (PlainScreening.Reason reason : e.reasons()) {
        Plain.Contraindication ci = reason.contraindication();
        line.append("; because ").append(ci.conditionId())
            .append('/').append(ci.findingId() == null ? "-" : ci.findingId())
            .append(' ').append(ci.severity().name())
            .append(" on ").append(reason.condition().name())
            .append(reason.finding() == null ? "" : " (" + reason.finding().name() + ")")
            .append(" citing ").append(reason.sources().stream().map(s -> s.id() + " " + s.name()).toList());
      }
      for (Plain.Caution c : e.cautions()) {
        line.append("; read ").append(c.severity().name()).append(' ').append(c.text());
      }
      out.add(line.toString());
    }
    if (r.personalised() == null) {
      out.add("nothing kept");
    } else {
      r.personalised().entries().forEach(e -> out.add("kept " + e.exercise().id() + ": " + (e.note() == null ? "-" : e.note())));
    }
    for (PlainScreening.Applicable a : r.advisories()) {
      out.add("applies " + a.advisory().id() + ": " + a.because() + " citing " + a.sources().stream().map(s -> s.id()).toList());
    }
    r.otherAdvisories().forEach(a -> out.add("other " + a.id()));
    out.add("unknown " + r.unknownConditionIds() + ", unmatched " + r.unmatchedFindingIds());
    r.protocolCautions().forEach(c -> out.add("protocol: read " + c.severity().name() + " " + c.text()));
    return out;
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
