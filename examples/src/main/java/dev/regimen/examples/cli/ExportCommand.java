package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.examples.AtomicFiles;
import dev.regimen.examples.cli.Failures.InputException;
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

/** {@code regimen export}: writes a protocol as JSON, a text, Markdown or HTML sheet. */
@Command(
    name = "export",
    header = "Write a protocol as JSON, a text sheet, a Markdown sheet or an HTML sheet.",
    sortOptions = false,
    description = {
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
      converter = Format.Any.class,
      completionCandidates = Format.Any.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private Path output;

  @Mixin private SheetLayout layout;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    SheetRenderer renderer = format == Format.JSON ? null : layout.renderer(format);
    Protocol protocol = input.load(root.stdin());
    String content =
        renderer == null ? RegimenJson.create().writeProtocol(protocol) : renderer.render(protocol);
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
    return 0;
  }
}
