package dev.regimen.benchmarks.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the time from launching a fresh JVM to its exit after printing the L5-S1 text sheet
 * ({@link PrintSheet}), against a fresh JVM that prints a constant line ({@link PrintConstant}).
 * Each invocation starts {@code java -cp <this benchmark's class path> <main class>} with no other
 * options, reads all it prints through a pipe and waits for it to exit; the output is checked. Both
 * use the same class path (the benchmarks jar), so the difference is Regimen's own start-up and
 * work: loading and initialising the core, the catalog and the sheet renderer, and rendering.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(1)
@State(Scope.Benchmark)
public class ColdStartBenchmark {
  private String java;
  private String classPath;

  /** Finds the java launcher and class path of this JVM. */
  @Setup
  public void setUp() {
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    classPath = System.getProperty("java.class.path");
  }

  /**
   * {@return the number of bytes printed by a fresh JVM that prints the L5-S1 sheet}
   *
   * @throws IOException if the process cannot be started or read
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public int sheet() throws IOException, InterruptedException {
    return run(PrintSheet.class, "L5-S1 Relief Stretches\n━━━");
  }

  /**
   * {@return the number of bytes printed by a fresh JVM that prints a constant line}
   *
   * @throws IOException if the process cannot be started or read
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public int constant() throws IOException, InterruptedException {
    return run(PrintConstant.class, "L5-S1 Relief Stretches");
  }

  private int run(Class<?> main, String expected) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(List.of(java, "-cp", classPath, main.getName()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] out;
    try (InputStream in = process.getInputStream()) {
      out = in.readAllBytes();
    }
    int status = process.waitFor();
    String text = new String(out, StandardCharsets.UTF_8);
    if (status != 0 || !text.contains(expected)) {
      throw new IllegalStateException(
          main.getSimpleName() + " exited with " + status + " and printed " + out.length + " bytes");
    }
    return out.length;
  }
}
