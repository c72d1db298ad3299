package dev.regimen.benchmarks.coldstart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Cold start: the time from launching a fresh JVM to its exit after printing the L5-S1 text sheet,
 * against a fresh JVM that prints a constant line ({@link PrintConstant}, the baseline).
 *
 * <ul>
 *   <li>{@code regimenSheet}: {@code java -jar examples/target/regimen.jar sheet}, the {@code
 *       regimen} command (another jar: {@code -p regimenJar=PATH}; the path is relative to the
 *       directory JMH runs in);
 *   <li>{@code librarySheet}: {@link PrintSheet}, the library alone without the command line, on
 *       the benchmarks jar;
 *   <li>{@code constant}: {@link PrintConstant} on the benchmarks jar.
 * </ul>
 *
 * Each invocation starts {@code java} with no options but the jar, reads all the process prints
 * through a pipe and waits for it to exit; the output and the exit status are checked.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(1)
@State(Scope.Benchmark)
public class ColdStartBenchmark {
  /** How the sheet starts: its title under a rule. */
  private static final String SHEET_START = "L5-S1 Relief Stretches\n━━━";

  /** The {@code regimen} command's jar. */
  @Param("examples/target/regimen.jar")
  public String regimenJar;

  private String java;
  private String classPath;

  /** Finds the java launcher and class path of this JVM. */
  @Setup
  public void setUp() {
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    classPath = System.getProperty("java.class.path");
  }

  /**
   * {@return the number of bytes printed by {@code regimen sheet} in a fresh JVM}
   *
   * @throws IOException if the process cannot be started or read
   * @throws InterruptedException if interrupted while waiting
   * @throws IllegalStateException if the jar does not exist
   */
  @Benchmark
  public int regimenSheet() throws IOException, InterruptedException {
    if (!Files.isRegularFile(Path.of(regimenJar))) {
      throw new IllegalStateException(
          "no regimen jar at " + Path.of(regimenJar).toAbsolutePath()
              + "; build it (mvn package) or pass -p regimenJar=PATH");
    }
    return run(List.of(java, "-jar", regimenJar, "sheet"), "regimen sheet", SHEET_START);
  }

  /**
   * {@return the number of bytes printed by a fresh JVM that prints the L5-S1 sheet with the
   * library alone}
   *
   * @throws IOException if the process cannot be started or read
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public int librarySheet() throws IOException, InterruptedException {
    return run(PrintSheet.class, SHEET_START);
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
    return run(List.of(java, "-cp", classPath, main.getName()), main.getSimpleName(), expected);
  }

  private static int run(List<String> command, String name, String expected)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
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
          name + " exited with " + status + " and printed " + out.length + " bytes");
    }
    return out.length;
  }
}
