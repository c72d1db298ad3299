package dev.regimen.benchmarks.core;

import dev.regimen.benchmarks.Corpus;
import dev.regimen.benchmarks.plain.Plain;
import dev.regimen.benchmarks.plain.PlainConversion;
import dev.regimen.core.protocol.Protocol;
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
 * Building a protocol through Regimen's public builders, every value validated ({@link
 * PlainConversion#build}), against constructing the equivalent records ({@link
 * PlainConversion#copy}); both walk the same records for their input. The setup checks that the
 * builders give the protocol and the copy equal records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BuildBenchmark {
  /** The protocol: the bundled L5-S1 routine or a synthetic one of that many entries. */
  @Param({Corpus.L5_S1, "10", "100", "1000", "10000"})
  public String protocol;

  private Plain.Protocol records;

  /**
   * Makes the records of the protocol.
   *
   * @throws IllegalStateException if building or copying does not give the same content
   */
  @Setup
  public void setUp() {
    PlainConversion.checkEnums();
    Protocol model = Corpus.protocol(protocol);
    records = PlainConversion.toPlain(model);
    if (!buildRegimen().equals(model) || !buildRecords().equals(records)) {
      throw new IllegalStateException("building or copying does not give the same content");
    }
  }

  /** {@return the protocol, built and validated} */
  @Benchmark
  public Protocol buildRegimen() {
    return PlainConversion.build(records);
  }

  /** {@return the equivalent records, constructed} */
  @Benchmark
  public Plain.Protocol buildRecords() {
    return PlainConversion.copy(records);
  }
}
