package dev.regimen.examples.cli;

import dev.regimen.formats.sheet.SheetOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How printed text is laid out: its width and whether it is ASCII only. */
final class SheetLayout {
  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "" + SheetOptions.DEFAULT_WIDTH,
      description = "Line width of text output, from " + SheetOptions.MIN_WIDTH + " to "
          + SheetOptions.MAX_WIDTH + " columns (default: ${DEFAULT-VALUE}).")
  private int width;

  @Option(
      names = "--ascii",
      description = "ASCII-only output: for terminals and printers without Unicode.")
  private boolean ascii;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * {@return the sheet options}
   *
   * @throws ParameterException if the width is out of range
   */
  SheetOptions options() {
    if (width < SheetOptions.MIN_WIDTH || width > SheetOptions.MAX_WIDTH) {
      throw new ParameterException(
          spec.commandLine(),
          "invalid value for option '--width': must be from " + SheetOptions.MIN_WIDTH + " to "
              + SheetOptions.MAX_WIDTH + ", was " + width);
    }
    return SheetOptions.builder().width(width).asciiOnly(ascii).build();
  }
}
