package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.regimen.examples.Fixtures;
import dev.regimen.examples.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code RegimenCommand.main} in a process of its own, as {@code java -jar regimen.jar} runs it:
 * the real exit status, and UTF-8 output on a platform whose default charset is not UTF-8.
 */
class MainProcessTest {
  @TempDir Path dir;

  /** What a process printed, as bytes, and how it ended. */
  private record Run(int status, byte[] out, String err) {}

  @Test
  void printsUtf8EvenWhenThePlatformDefaultIsLatin1() throws Exception {
    Run run = run("sheet");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(new String(run.out(), StandardCharsets.UTF_8)).isEqualTo(Golden.read("l5-s1-relief.txt"));
  }

  @Test
  void exitsWithOneForInvalidInputTwoForWrongUsageAndThreeForAFileThatCannotBeRead() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), Fixtures.NEGATIVE_HOLD);

    Run invalid = run("validate", bad.toString());
    assertThat(invalid.status()).isEqualTo(1);
    assertThat(new String(invalid.out(), StandardCharsets.UTF_8)).startsWith(bad + ": error at ");

    Run usage = run("sheet", "--no-such-option");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err().lines()).singleElement().asString()
        .startsWith("regimen sheet: unknown option: '--no-such-option'");

    Path missing = dir.resolve("missing.json");
    Run unreadable = run("sheet", missing.toString());
    assertThat(unreadable.status()).isEqualTo(3);
    assertThat(unreadable.err().lines())
        .containsExactly("regimen sheet: " + missing + ": error: no such file or directory");
  }

  /**
   * {@code regimen validate @list | head -1}: the reader goes away after one line. The output is
   * far larger than a pipe holds, so the command is still writing when the pipe closes; it ends
   * quietly, with the status of the work it did.
   */
  @Test
  void aReaderThatStopsEarlyEndsTheCommandQuietly() throws Exception {
    Path file = Files.writeString(dir.resolve("tiny.json"), Fixtures.TINY_PROTOCOL);
    Path list = Files.write(dir.resolve("list.txt"), java.util.Collections.nCopies(20_000, file.toString()));
    Process process = new ProcessBuilder(command("validate", "@" + list)).start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (InputStream out = process.getInputStream()) {
      byte[] first = new byte[16];
      assertThat(out.readNBytes(first, 0, first.length)).isEqualTo(first.length);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
    assertThat(new String(err.join(), StandardCharsets.UTF_8)).isEmpty();
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void outputThatCannotBeWrittenIsAFailureNotASuccess() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full on this system");
    Process process = new ProcessBuilder(command("export")).redirectOutput(full.toFile()).start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(err.lines())
        .containsExactly("regimen: error: standard output could not be written: no space left on device");
  }

  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=ISO-8859-1");
    command.add("-Dsun.stdout.encoding=ISO-8859-1");
    command.add("-Dsun.stderr.encoding=ISO-8859-1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RegimenCommand.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command(args)).start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
    return new Run(process.exitValue(), out, new String(err.join(), StandardCharsets.ISO_8859_1));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
