package dev.regimen.examples.cli;

import dev.regimen.formats.io.AtomicFiles;
import dev.regimen.examples.cli.Failures.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command's output goes: standard output, or with {@code -o} a file, written atomically
 * (the whole content to a temporary file in the same directory, which then replaces the file in
 * one step; on failure the file is left as it was).
 */
final class SheetOutput {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output, atomically.")
  private Path output;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * Writes the content.
   *
   * @throws InputException if the file cannot be written, named after the file asked for
   */
  void write(String content) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(content);
      out.flush();
      return;
    }
    try {
      AtomicFiles.write(output, content);
    } catch (IOException e) {
      // named after the file asked for, not the temporary file that could not be made
      throw InputException.unreadable(
          ConsoleText.name(output.toString()) + ": " + Failures.describe(e), e);
    }
  }
}
