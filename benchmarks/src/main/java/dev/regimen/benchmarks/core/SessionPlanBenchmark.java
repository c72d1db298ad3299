package dev.regimen.benchmarks.core;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.benchmarks.plain.PlainSessionPlan;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.session.Cue;
import dev.regimen.core.session.CuePosition;
import dev.regimen.core.session.PlanOptions;
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
 * {@link SessionPlan#of(Protocol, PlanOptions)} against the same expansion hand-written over
 * records ({@link PlainSessionPlan}), both with the default options but for a raised cue budget
 * ({@link #MAX_CUES}). The setup checks that both give the same cues: kinds, texts, durations
 * (open or not), optional or not, positions and holds.
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

  /**
   * The cue budget of every plan here, raised from the default {@value
   * PlanOptions#DEFAULT_MAX_CUES}: that default keeps a caller from expanding unbounded work, and
   * the plan of 10 000 entries has 446 000 cues. The benchmark measures how plans scale, so it
   * needs that plan; every size runs with the same options, so that the time per entry compares
   * like with like. The setup checks that the plan fits.
   */
  public static final int MAX_CUES = 1_000_000;

  private static final PlanOptions OPTIONS = PlanOptions.builder().maxCues(MAX_CUES).build();

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
      throw new IllegalStateException("the hand-written plan differs from Regimen's: " + Differences.first(regimen, plain));
    }
  }

  /**
   * One of Regimen's cues in words: everything it says, for comparing plans. Its duration is its
   * own ({@link Cue#minSeconds()} counts an optional cue as 0).
   *
   * @param c the cue
   * @return its description
   */
  public static String describe(Cue c) {
    CuePosition at = c.position();
    return describe(
        c.kind().name(),
        c.duration().minSeconds(),
        c.duration().maxSeconds(),
        c.duration().open(),
        c.optional(),
        at.entryIndex(),
        at.sets(),
        at.set().orElse(0),
        at.side().map(Enum::name).orElse("-"),
        at.repetition().orElse(0),
        at.repetitionsMin().orElse(0),
        at.repetitionsMax().orElse(0),
        c.hold().map(h -> PlainConversion.toPlain(h).toString()).orElse("-"),
        c.text());
  }

  /**
   * A hand-written cue in the words of {@link #describe(Cue)}.
   *
   * @param c the cue
   * @return its description
   */
  public static String describe(PlainSessionPlan.Cue c) {
    return describe(
        c.kind(),
        c.minSeconds(),
        c.maxSeconds(),
        c.open(),
        c.optional(),
        c.entryIndex(),
        c.sets(),
        c.set(),
        c.side() == null ? "-" : c.side().name(),
        c.repetition(),
        c.repetitionsMin(),
        c.repetitionsMax(),
        c.hold() == null ? "-" : c.hold().toString(),
        c.text());
  }

  private static String describe(
      String kind,
      int min,
      int max,
      boolean open,
      boolean optional,
      int entry,
      int sets,
      int set,
      String side,
      int repetition,
      int repetitionsMin,
      int repetitionsMax,
      String hold,
      String text) {
    return kind + " " + min + "-" + max + (open ? " open" : "") + (optional ? " optional" : "") + " entry " + entry
        + " set " + set + "/" + sets + " side " + side + " repetition " + repetition + " of " + repetitionsMin + "-"
        + repetitionsMax + " hold " + hold + ": " + text;
  }

  /** {@return Regimen's plan} */
  @Benchmark
  public SessionPlan planRegimen() {
    return SessionPlan.of(model, OPTIONS);
  }

  /** {@return the hand-written plan} */
  @Benchmark
  public List<PlainSessionPlan.Cue> planRecords() {
    return PlainSessionPlan.plan(records, MAX_CUES);
  }
}
