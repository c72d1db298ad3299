package dev.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.catalog.Catalog;
import dev.regimen.core.screening.PatientProfile;
import dev.regimen.core.screening.Screening;
import dev.regimen.core.session.SessionPlan;
import dev.regimen.formats.sheet.SheetOptions;
import dev.regimen.formats.sheet.html.HtmlSheet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html}, {@code --large-print} and {@code -o} of sheet, screen, plan and export. */
class HtmlOutputTest {
  @TempDir Path dir;

  @Test
  void sheetPrintsTheHtmlPageOfTheBundledProtocol() {
    Cli.Result result = Cli.run("sheet", "--format", "html");

    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(HtmlSheet.defaults().render(Catalog.l5s1Relief()));
  }

  @Test
  void sheetWritesTheHtmlPageToAFileAtomically() throws Exception {
    Path file = dir.resolve("handout.html");
    Files.writeString(file, "an older handout");

    Cli.Result result = Cli.run("sheet", "--format", "html", "--large-print", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(HtmlSheet.defaults().withLargePrint(true).render(Catalog.l5s1Relief()))
        .contains("<body class=\"large-print\">");
    // Nothing but the file is left in the folder: no temporary file.
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedAndLeftAlone() {
    Path missing = dir.resolve("no-such-folder").resolve("handout.html");

    Cli.Result result = Cli.run("sheet", "--format", "html", "-o", missing.toString());

    assertThat(result.status()).isNotZero();
    assertThat(result.err()).contains("handout.html");
    assertThat(missing).doesNotExist();
  }

  @Test
  void largePrintIsForHtmlOnly() {
    Cli.Result result = Cli.run("sheet", "--large-print");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--large-print applies to --format html or pdf only, not to --format text");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void asciiMakesAnAsciiPage() {
    Cli.Result result = Cli.run("sheet", "--format", "html", "--ascii");

    assertThat(result.out())
        .isEqualTo(HtmlSheet.of(SheetOptions.builder().asciiOnly(true).build()).render(Catalog.l5s1Relief()));
    assertThat(result.out().chars()).allMatch(c -> c < 0x80);
  }

  @Test
  void screenPrintsTheHtmlPageOfTheReport() throws Exception {
    Path file = dir.resolve("screening.html");

    Cli.Result result =
        Cli.run("screen", "--condition", "herniated-disc", "--format", "html", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(Files.readString(file))
        .isEqualTo(
            HtmlSheet.defaults()
                .render(
                    Screening.screen(
                        Catalog.l5s1Relief(),
                        PatientProfile.builder().addConditionIds("herniated-disc").build())));
  }

  @Test
  void planPrintsTheHtmlTimerScript() {
    Cli.Result result = Cli.run("plan", "--format", "html");

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(HtmlSheet.defaults().render(SessionPlan.of(Catalog.l5s1Relief())));
  }

  @Test
  void exportWritesTheHtmlSheet() throws Exception {
    Path file = dir.resolve("export.html");

    Cli.Result result = Cli.run("export", "--format", "html", "-o", file.toString());

    assertThat(result.status()).isZero();
    assertThat(Files.readString(file)).isEqualTo(HtmlSheet.defaults().render(Catalog.l5s1Relief()));
  }

  @Test
  void theFormatListNamesHtml() {
    Cli.Result result = Cli.run("sheet", "--format", "docx");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("expected text, markdown, html or pdf, was 'docx'");
  }
}
