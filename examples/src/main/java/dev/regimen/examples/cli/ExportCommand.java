package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.io.AtomicFiles;
import dev.regimen.examples.cli.Failures.InputException;
import dev.regimen.fhir.FhirExportException;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.SheetRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen export}: writes a protocol as JSON, a text, Markdown or HTML sheet, or a FHIR R4
 * Bundle (JSON or XML).
 */
@Command(
    name = "export",
    header = "Write a protocol as JSON, a text, Markdown or HTML sheet, or FHIR R4.",
    sortOptions = false,
    description = {
      "--format fhir writes the protocol's FHIR R4 definitions as a collection Bundle in JSON:"
          + " the PlanDefinition, then one ActivityDefinition per exercise (docs/fhir.md has the"
          + " mapping); fhir-xml writes the same Bundle in XML. 'regimen validate' checks such a"
          + " file and reads it back.",
      "To standard output, or with -o to a file. The file is written atomically: the whole"
          + " content goes to a temporary file in the same directory, which then replaces the file"
          + " in one step; on failure the file is left as it was and nothing partial is left"
          + " behind."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin private ProtocolInput input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      converter = Format.Export.class,
      completionCandidates = Format.Export.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private Path output;

  @Mixin private SheetLayout layout;

  @Mixin private FhirSettings fhir;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    fhir.requireFhirIfGiven(format);
    SheetRenderer renderer = format == Format.JSON || format.isFhir() ? null : layout.renderer(format, input.pictures());
    Protocol protocol = input.load(root.stdin());
    String content;
    if (format.isFhir()) {
      try {
        content = FhirRuntime.call(() -> FhirCli.protocol(protocol, format, fhir));
      } catch (FhirExportException e) {
        throw InputException.invalid(input.name() + ": cannot be written as FHIR: error at " + e.getMessage(), e);
      }
    } else if (renderer == null) {
      content = RegimenJson.defaults().writeProtocol(protocol);
    } else {
      content = renderer.render(protocol);
    }
    write(spec, output, content);
    return 0;
  }

  /**
   * Prints {@code content}, or writes it atomically to {@code output}: all of it or, on failure,
   * nothing.
   *
   * @param spec the command, whose standard output is used without a file
   * @param output the file, or null for standard output
   * @param content what to write
   * @throws InputException if the file cannot be written (exit status 3)
   */
  static void write(CommandSpec spec, Path output, String content) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(content);
      out.flush();
    } else {
      try {
        AtomicFiles.write(output, content);
      } catch (IOException e) {
        // named after the file asked for, not the temporary file that could not be made
        throw InputException.unreadable(
            ConsoleText.name(output.toString()) + ": " + Failures.describe(e), e);
      }
    }
  }
}
