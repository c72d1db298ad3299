package dev.regimen.benchmarks.core;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainSessionPlan;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.SessionPlan;
import java.util.List;
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
 * {@link SessionPlan#of(Protocol)} against the same expansion hand-written over records ({@link
 * PlainSessionPlan}). The setup checks that both give the same cues: kinds, texts and durations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SessionPlanBenchmark {
  /** The protocol: the bundled L5-S1 routine or a synthetic one of that many entries. */
  @Param({Corpus.L5_S1, "10", "100", "1000", "10000"})
  public String protocol;

  private Protocol model;
  private Plain.Protocol records;

  /**
   * Builds the protocol and its records.
   *
   * @throws IllegalStateException if the two plans differ
   */
  @Setup
  public void setUp() {
    model = Corpus.protocol(protocol);
    records = PlainConversion.toPlain(model);
    List<String> regimen = planRegimen().cues().stream().map(SessionPlanBenchmark::describe).toList();
    List<String> plain = planRecords().stream().map(SessionPlanBenchmark::describe).toList();
    if (!regimen.equals(plain)) {
      throw new IllegalStateException("the hand-written plan differs from Regimen's");
    }
  }

  private static String describe(Cue c) {
    return c.kind() + " " + c.duration().minSeconds() + "-" + c.duration().maxSeconds() + (c.optional() ? "?" : "") + " " + c.text();
  }

  /** The plain cue's durations are its own; Regimen's cue counts an optional cue as 0 at least. */
  private static String describe(PlainSessionPlan.Cue c) {
    return c.kind() + " " + c.minSeconds() + "-" + c.maxSeconds() + (c.optional() ? "?" : "") + " " + c.text();
  }

  /** {@return Regimen's plan} */
  @Benchmark
  public SessionPlan planRegimen() {
    return SessionPlan.of(model);
  }

  /** {@return the hand-written plan} */
  @Benchmark
  public List<PlainSessionPlan.Cue> planRecords() {
    return PlainSessionPlan.plan(records);
  }
}
