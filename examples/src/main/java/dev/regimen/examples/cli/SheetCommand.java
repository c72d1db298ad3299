package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code regimen sheet}: prints a protocol's sheet. */
@Command(
    name = "sheet",
    header = "Print a protocol as a sheet for a patient.",
    sortOptions = false,
    description = {
      "The sheet says what the routine is for, gives every safety notice first, then each"
          + " exercise step by step, a tracking grid and the sources.",
      "Without FILE or --builtin: the bundled L5-S1 relief protocol."
    })
final class SheetCommand implements Callable<Integer> {
  @Mixin private ProtocolInput input;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Sheet.class,
      completionCandidates = Format.Sheet.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin private SheetLayout layout;

  @ParentCommand private RegimenCommand root;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    SheetOptions options = layout.options();
    Protocol protocol = input.load(root.stdin());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.MARKDOWN
        ? MarkdownSheet.of(options).render(protocol)
        : TextSheet.of(options).render(protocol));
    out.flush();
    return 0;
  }
}
