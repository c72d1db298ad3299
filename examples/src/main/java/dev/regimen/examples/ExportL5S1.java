package dev.regimen.examples;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.formats.io.AtomicFiles;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.MarkdownSheet;
import dev.regimen.formats.sheet.TextSheet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example: export the bundled L5-S1 relief protocol as a text sheet, a Markdown sheet and JSON,
 * into a folder.
 *
 * <p>Run it with {@code java -cp examples/target/regimen.jar dev.regimen.examples.ExportL5S1
 * out/}. It writes {@code l5-s1-relief.txt}, {@code l5-s1-relief.md} and {@code
 * l5-s1-relief.json}; each file is written atomically, so a reader never sees half of one.
 */
public final class ExportL5S1 {
  private ExportL5S1() {}

  /**
   * Writes the three files into the folder named by the first argument, creating it if needed.
   *
   * @param args the folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ExportL5S1 FOLDER");
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Files.createDirectories(Path.of(args[0]));

    // The catalog builds the protocol once; it is immutable, so share it freely.
    Protocol protocol = Catalog.l5s1Relief();

    // The renderers and the JSON codec are immutable and thread-safe too; these are the defaults
    // (72 columns, Unicode; pretty JSON). Each call gives the whole document as a string.
    String text = TextSheet.defaults().render(protocol);
    String markdown = MarkdownSheet.defaults().render(protocol);
    String json = RegimenJson.defaults().writeProtocol(protocol);

    // Write each to a temporary file next to the target, then move it into place in one step.
    write(out, folder.resolve(protocol.id() + ".txt"), text);
    write(out, folder.resolve(protocol.id() + ".md"), markdown);
    write(out, folder.resolve(protocol.id() + ".json"), json);
  }

  private static void write(PrintStream out, Path file, String content) throws IOException {
    AtomicFiles.write(file, content);
    out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
  }
}
