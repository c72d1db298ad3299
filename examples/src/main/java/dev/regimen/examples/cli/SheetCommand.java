package dev.regimen.examples.cli;

import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.sheet.SheetRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regimen sheet}: prints a protocol's sheet. */
@Command(
    name = "sheet",
    header = "Print a protocol as a sheet for a patient.",
    sortOptions = false,
    description = {
      "The sheet says what the routine is for, gives every safety notice first, then each"
          + " exercise step by step, a tracking grid and the sources.",
      "Without FILE or --builtin: the bundled L5-S1 relief protocol.",
      "With --format html: one self-contained page to open in a browser or print on A4 (two"
          + " pages for the bundled protocol; --large-print for body text of 14 pt or more).",
      "With --format pdf and -o FILE: an accessible PDF (PDF/UA-1, PDF/A-2a) of that page, on A4.",
      "For one patient: --patient-name, --date-given, --clinician, --clinic-contact and"
          + " --review-date make a header above the safety notices, --pain-score adds a row for"
          + " each day's pain to the grid, --qr URL a QR code (in words in text and markdown)."
          + " The protocol is not changed."
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

  @Mixin private SheetPersonalisation personal;

  @Mixin private SheetLanguage lang;

  @Mixin private SheetOutput output;

  @ParentCommand private RegimenCommand root;

  @Override
  public Integer call() {
    SheetRenderer renderer = layout.renderer(format, personal, lang, input.pictures());
    output.requireFileFor(format);
    Protocol protocol = input.load(root.stdin());
    output.write(format, renderer.render(protocol), layout.pdfOptions());
    return 0;
  }
}
