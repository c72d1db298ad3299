package dev.regimen.examples.cli;

import dev.regimen.examples.cli.Failures.InputException;
import dev.regimen.formats.io.AtomicFiles;
import dev.regimen.pdf.PdfHandout;
import dev.regimen.pdf.PdfOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
  /**
   * Checks that a binary format has a file to go to, before anything is loaded or rendered.
   *
   * @param format the format asked for
   * @throws ParameterException (usage, exit status 2) if it is pdf and no {@code -o} is given
   */
  void requireFileFor(Format format) {
    if (format == Format.PDF && output == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--format pdf needs -o FILE: a PDF is not written to standard output");
    }
  }

  /**
   * Writes a sheet in the format asked for: a PDF handout made from its XHTML page to the {@code
   * -o} file, anything else as {@link #write(String)} does.
   *
   * @param format the format asked for
   * @param sheet the sheet, or for pdf the XHTML page its renderer made
   * @param pdf the options of a PDF handout
   * @throws InputException if the file cannot be written, named after the file asked for
   */
  void write(Format format, String sheet, PdfOptions pdf) {
    if (format == Format.PDF) {
      writePdf(sheet, pdf);
    } else {
      write(sheet);
    }
  }

  /**
   * Renders a sheet's XHTML page to a PDF handout and writes it to the {@code -o} file, atomically.
   *
   * @throws InputException if the file cannot be written, named after the file asked for
   */
  private void writePdf(String xhtml, PdfOptions options) {
    if (output == null) {
      throw new IllegalStateException("requireFileFor(Format.PDF) was not called");
    }
    try {
      PdfHandout.render(xhtml, options, output);
    } catch (IOException e) {
      throw InputException.unreadable(
          ConsoleText.name(output.toString()) + ": " + Failures.describe(e), e);
    }
  }

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
