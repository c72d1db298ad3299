package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.examples.Fixtures;
import dev.regimen.examples.Golden;
import dev.regimen.formats.json.RegimenJson;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.TextSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetCommandTest {
  @TempDir Path dir;

  /** The README's quick start: {@code java -jar examples/target/regimen.jar sheet}. */
  @Test
  void withoutArgumentsPrintsTheBundledL5S1SheetOfTheFormatsGoldenFile() throws Exception {
    Cli.Result result = Cli.run("sheet");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.txt"));
  }

  @Test
  void langEsPrintsTheBundledSheetInSpanishExactlyAsTheFormatsSpanishGolden() throws Exception {
    Cli.Result result = Cli.run("sheet", "--lang", "es");
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.es.txt"));
  }

  @Test
  void langEsWithMarkdownPrintsTheSpanishMarkdownGolden() throws Exception {
    Cli.Result result = Cli.run("sheet", "--lang", "es", "--format", "markdown");
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.es.md"));
  }

  @Test
  void refusesALanguageOtherThanEnglishOrSpanish() {
    Cli.Result result = Cli.run("sheet", "--lang", "de");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("invalid value for option '--lang': must be en or es, was 'de'");
  }

  @Test
  void theAliasAndTheCatalogIdNameTheSameProtocol() {
    String sheet = TextSheet.defaults().render(Catalog.l5s1Relief());
    assertThat(Cli.run("sheet", "--builtin", "l5-s1").out()).isEqualTo(sheet);
    assertThat(Cli.run("sheet", "--builtin", "l5-s1-relief").out()).isEqualTo(sheet);
  }

  @Test
  void asciiPrintsTheAsciiGoldenFile() throws Exception {
    Cli.Result result = Cli.run("sheet", "--ascii");
    assertThat(result.out()).isEqualTo(Golden.read("l5-s1-relief.ascii.txt"));
    assertThat(result.out().chars()).allMatch(c -> c < 0x80);
  }

  @Test
  void markdownPrintsTheMarkdownGoldenFile() throws Exception {
    assertThat(Cli.run("sheet", "--format", "markdown").out()).isEqualTo(Golden.read("l5-s1-relief.md"));
  }

  @Test
  void widthWrapsEveryLine() {
    Cli.Result result = Cli.run("sheet", "--width", "48");
    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(TextSheet.of(SheetOptions.builder().width(48).build()).render(Catalog.l5s1Relief()));
    assertThat(result.outLines()).allMatch(line -> TextSheet.displayWidth(line) <= 48);
  }

  @Test
  void printsTheSheetOfAFile() throws Exception {
    Path file = dir.resolve("tiny.json");
    Files.writeString(file, Fixtures.TINY_PROTOCOL);
    Cli.Result result = Cli.run("sheet", file.toString());
    assertThat(result.status()).isZero();
    assertThat(result.out())
        .isEqualTo(TextSheet.defaults().render(RegimenJson.defaults().readProtocol(Fixtures.TINY_PROTOCOL)))
        .contains("Tiny", "1. Cat-Cow", "Breathe.");
  }

  @Test
  void aDashReadsStandardInput() {
    Cli.Result result = Cli.runWithStdin(Fixtures.TINY_PROTOCOL, "sheet", "-");
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("Cat-Cow");
  }

  @Test
  void anInvalidFileExitsWithOneAndNamesThePointerLineAndColumn() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, Fixtures.NEGATIVE_HOLD);
    int[] at = Fixtures.positionOf(Fixtures.NEGATIVE_HOLD, "-5");

    Cli.Result result = Cli.run("sheet", file.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly("regimen sheet: " + file + ": error at " + Fixtures.NEGATIVE_HOLD_POINTER
            + " (line " + at[0] + ", column " + at[1] + "): must be from 1 to 3600, was -5");
  }

  @Test
  void invalidStandardInputIsNamedAsSuch() {
    Cli.Result result = Cli.runWithStdin("{\"schemaVersion\": 3}", "sheet", "-");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly("regimen sheet: <stdin>: error at /schemaVersion (line 1, column 19):"
            + " unsupported schemaVersion 3; this version of Regimen reads schemaVersion 1 to 2 (a newer"
            + " Regimen wrote this document: read it with that version)");
  }
}
