package dev.regimen.benchmarks.coldstart;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.formats.sheet.TextSheet;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the L5-S1 text sheet with the default options, in UTF-8, the work of {@code regimen
 * sheet}: what the cold-start benchmark starts in a fresh JVM.
 */
public final class PrintSheet {
  private PrintSheet() {}

  /**
   * Prints the sheet.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(TextSheet.defaults().render(Catalog.l5s1Relief()));
    out.flush();
  }
}
